-- wrk script: one machine-readable line per run, with the percentiles wrk does not print.
-- BENCH_NO_CACHE=1 asks for a fresh render (Cache-Control: no-cache), past the page caches.
if os.getenv("BENCH_NO_CACHE") == "1" then
  wrk.headers["Cache-Control"] = "no-cache"
end
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.status + summary.errors.timeout
  io.write(string.format("RESULT requests=%d seconds=%.3f rps=%.1f p50=%.2f p95=%.2f p99=%.2f errors=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, errors))
end
