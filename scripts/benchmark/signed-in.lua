-- wrk script for signed-in pages: each request carries the next of the sessions given after
-- "--" (one per simulated officer), so that requests do not all queue on one session's row.
dofile("scripts/benchmark/report.lua")

local sessions = {}
local counter = 0

init = function(args)
  for i, session in ipairs(args) do
    sessions[i] = session
  end
end

request = function()
  counter = counter + 1
  local session = sessions[(counter % #sessions) + 1]
  return wrk.format(nil, nil, { ["Cookie"] = "SESSION=" .. session })
end
