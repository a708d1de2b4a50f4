-- wrk's script for the REST side of `./samverkan benchmark`: wrk is to HTTP what pgbench is to
-- SQL, a C client that leaves the two cores to the server. With WRK_BODY set to a file, every
-- request POSTs that file as JSON (filing); otherwise it GETs the URL (a page of a box). The
-- bearer token comes on the command line (-H). Prints one line: requests, those not answered
-- 2xx/3xx or not at all, throughput, p50 and p99 in ms.
local path = os.getenv("WRK_BODY")
if path and path ~= "" then
  local file = assert(io.open(path, "rb"))
  wrk.method = "POST"
  wrk.body = file:read("*a")
  file:close()
  wrk.headers["Content-Type"] = "application/json"
end
wrk.headers["Accept"] = "application/json"

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("requests=%d failures=%d throughput=%.0f/s p50=%.2fms p99=%.2fms\n",
    summary.requests, e.connect + e.read + e.write + e.status + e.timeout,
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
