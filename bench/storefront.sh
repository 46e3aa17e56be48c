#!/usr/bin/env bash
# Storefront load benchmark: a Release build on SQLite with the demo seed, wrk at 32 connections.
# Usage: bench/storefront.sh [duration-seconds]   (needs wrk: apt-get install wrk)
# Writes bench/results/storefront-<date>.txt. On 2 cores wrk competes with the server: compare ratios within a run.
set -euo pipefail
cd "$(dirname "$0")/.."
duration="${1:-20}"
work="$(mktemp -d)"
port=5180
launch() {
  ConnectionStrings__Vetrina="Data Source=$work/bench.db" ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
    "$work/app/Vetrina.Web" --contentRoot "$work/app" --urls "http://127.0.0.1:$port" >"$work/app.log" 2>&1 &
  pid=$!
}
dotnet publish src/Vetrina.Web -c Release -o "$work/app" --nologo -v q >/dev/null
start=$(date +%s%N)
launch
until curl -sf "http://127.0.0.1:$port/en" >/dev/null; do sleep 0.05; done
first_page_ms=$(( ($(date +%s%N) - start) / 1000000 ))
# Second start on the seeded database: what a restart or a new node costs.
kill "$pid"; wait "$pid" || true
while curl -s -o /dev/null "http://127.0.0.1:$port/healthz"; do sleep 0.05; done
start=$(date +%s%N)
launch
until curl -sf "http://127.0.0.1:$port/en" >/dev/null; do sleep 0.05; done
cold_ms=$(( ($(date +%s%N) - start) / 1000000 ))
base="http://127.0.0.1:$port"
product="$(curl -s "$base/api/v1/styles?lang=it&market=IT&pageSize=1" | sed -n 's/.*"url":"\([^"]*\)".*/\1/p')"
out="bench/results/storefront-$(date +%Y-%m-%d).txt"
{
  echo "# Vetrina storefront benchmark, $(date -u +%FT%TZ), $(nproc) cores, SQLite, demo seed, wrk -c32 -t2 -d${duration}s"
  echo "first start (migrate + seed) to first page: ${first_page_ms} ms"
  echo "cold start (seeded database) to first page: ${cold_ms} ms"
  for target in "product $product" "collection-with-facets /it/collections/donna?size=42&colour=black" "search-page /it/search?q=maglione" "search-api /api/v1/search?q=cardigan&lang=en"; do
    set -- $target
    echo "## $1 $2"
    wrk -c32 -t2 -d"${duration}s" --latency "$base$2" | grep -E "Requests/sec|Latency|50%|90%|99%|Non-2xx"
    echo "RSS after run: $(( $(awk '/VmRSS/{print $2}' /proc/"$pid"/status) / 1024 )) MB"
  done
} | tee "$out"
kill "$pid"
rm -rf "$work"
