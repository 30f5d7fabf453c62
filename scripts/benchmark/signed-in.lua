-- wrk script for signed-in pages: each request carries the next of the sessions given after
-- "--" (one per simulated officer), so that requests do not all queue on one session's row.
-- BENCH_NO_CACHE=1 asks for a fresh render (Cache-Control: no-cache), past the page caches.
dofile("scripts/benchmark/report.lua")

local sessions = {}
local counter = 0
local fresh = os.getenv("BENCH_NO_CACHE") == "1"

init = function(args)
  for i, session in ipairs(args) do
    sessions[i] = session
  end
end

request = function()
  counter = counter + 1
  local session = sessions[(counter % #sessions) + 1]
  local headers = { ["Cookie"] = "SESSION=" .. session }
  if fresh then
    headers["Cache-Control"] = "no-cache"
  end
  return wrk.format(nil, nil, headers)
end
