#!/usr/bin/env bash
# Storefront load benchmark: a Release (ReadyToRun) build on SQLite with the demo seed, wrk at 32 connections.
# Usage: bench/storefront.sh [duration-seconds]   (needs wrk: apt-get install wrk)
# Writes bench/results/storefront-<date>.txt. On 2 cores wrk competes with the server for CPU, so figures are a floor.
set -euo pipefail
cd "$(dirname "$0")/.."
duration="${1:-20}"
work="$(mktemp -d)"
port=5180
base="http://127.0.0.1:$port"
launch() {
  ConnectionStrings__Vetrina="Data Source=$work/bench.db" ASPNETCORE_ENVIRONMENT=Production Vetrina__RateLimits__Enabled=false Vetrina__Seed__Demo=true Vetrina__Seed__TrafficDays=0 Logging__LogLevel__Default=Warning \
    "$work/app/Vetrina.Web" --contentRoot "$work/app" --urls "$base" >"$work/app.log" 2>&1 &
  pid=$!
}
first_page() { # sets pid and elapsed_ms
  local start; start=$(date +%s%N)
  launch
  until curl -sf "$base/en" >/dev/null; do sleep 0.02; done
  elapsed_ms=$(( ($(date +%s%N) - start) / 1000000 ))
}
load() { # name, path, connections, [extra wrk arguments]
  echo "## $1 $2 (c$3)"
  curl -s -o /dev/null "$base$2"
  # A later -s replaces percentiles.lua with a script that includes it.
  wrk -c"$3" -t"$(( $3 < 2 ? $3 : 2 ))" -d"${duration}s" -s bench/percentiles.lua "${@:4}" "$base$2" | tail -n 1
  echo "RSS after run: $(( $(awk '/VmRSS/{print $2}' /proc/"$pid"/status) / 1024 )) MB"
}
dotnet publish src/Vetrina.Web -c Release -r linux-x64 --self-contained false -o "$work/app" --nologo -v q >/dev/null
# The compiler servers stay behind after a build and would share the two cores with the app being measured.
dotnet build-server shutdown >/dev/null 2>&1 || true
first_page; first_ms=$elapsed_ms
# Restart on the seeded database: what a restart or a new node costs.
kill "$pid"; wait "$pid" || true
first_page; cold_ms=$elapsed_ms
product="$(curl -s "$base/api/v1/styles?lang=it&market=IT&pageSize=1" | sed -n 's/.*"url":"\([^"]*\)".*/\1/p')"
out="bench/results/storefront-$(date +%Y-%m-%d).txt"
{
  echo "# Vetrina storefront benchmark, $(date -u +%FT%TZ), $(nproc) cores, SQLite, demo seed, wrk -t2 -d${duration}s"
  echo "first start (migrate + seed) to first page: ${first_ms} ms"
  echo "cold start (seeded database) to first page: ${cold_ms} ms"
  # The output cache serves no request that carries an Authorization header: that measures the uncached page.
  uncached=(-H "Authorization: Bearer bench-bypasses-the-output-cache")
  load product-uncached "$product" 32 "${uncached[@]}"
  load product-output-cached "$product" 32
  load collection-with-facets-uncached "/it/collections/donna?size=42&colour=black" 32 "${uncached[@]}"
  load collection-with-facets-output-cached "/it/collections/donna?size=42&colour=black" 32
  load search-page-uncached "/it/search?q=maglione" 32 "${uncached[@]}"
  load search-api "/api/v1/search?q=cardigan&lang=en" 32
  load search-api-typo "/api/v1/search?q=cardgan&lang=en" 32
  load search-api-single-user "/api/v1/search?q=maglione&lang=it" 1
  # A size with plenty of stock (the seed gives the warehouse up to 30 a size), then one new bag per request.
  sku="$(curl -s "$base/api/v1/styles/$(curl -s "$base/api/v1/styles?pageSize=1" | sed -n 's/.*"code":"\([^"]*\)".*/\1/p' | head -n 1)" \
    | grep -o '"sku":"[^"]*"' | head -n 1 | cut -d'"' -f4)"
  SKU="$sku" load add-to-cart "/en/cart?handler=Add" 32 -s bench/add-to-cart.lua
} | tee "$out"
kill "$pid"
rm -rf "$work"
