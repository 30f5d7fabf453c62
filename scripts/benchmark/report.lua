-- wrk script: one machine-readable line per run, with the percentiles wrk does not print, and
-- the share of answers the page caches gave (X-Page-Cache: hit).
-- BENCH_NO_CACHE=1 asks for a fresh render (Cache-Control: no-cache), past the page caches.
if os.getenv("BENCH_NO_CACHE") == "1" then
  wrk.headers["Cache-Control"] = "no-cache"
end
local threads = {}
setup = function(thread)
  table.insert(threads, thread)
end
hits = 0
answers = 0
response = function(status, headers, body)
  answers = answers + 1
  if headers["X-Page-Cache"] == "hit" then
    hits = hits + 1
  end
end
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.status + summary.errors.timeout
  local hit, answered = 0, 0
  for _, thread in ipairs(threads) do
    hit = hit + thread:get("hits")
    answered = answered + thread:get("answers")
  end
  io.write(string.format("RESULT requests=%d seconds=%.3f rps=%.1f p50=%.2f p95=%.2f p99=%.2f errors=%d hits=%.2f\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, errors,
    (answered > 0) and (100 * hit / answered) or 0))
end
