-- wrk reporter: requests per second and the latency percentiles the targets name.
done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  io.write(string.format("requests/s %.0f  p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  errors %d  non-2xx/3xx %d\n",
    summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout, summary.errors.status))
end
