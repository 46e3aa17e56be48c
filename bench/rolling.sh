#!/usr/bin/env bash
# The deployment of deploy/local.sh (nginx over 2 web nodes + 1 worker, PostgreSQL, Redis, all on this machine) under
# load, against one node alone in the same run:
#   1. product pages and the styles API with wrk (16 connections) and checkout with bench/OrderLoad (8 shoppers)
#      through nginx, then straight at one web node: on 2 cores the ratio shows the proxy's and shared cache's cost,
#      not more capacity (every process shares the same two cores);
#   2. the same load through nginx while every node is restarted in turn (deploy/local.sh rolling): failed requests
#      are counted per second.
# Usage: bench/rolling.sh [seconds per load]. Writes bench/results/rolling-<date>.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-30}"
state="${VETRINA_LOCAL:-/tmp/vetrina-local}"
out="bench/results/rolling-$(date +%F).txt"
front="http://127.0.0.1:8088"
work="$(mktemp -d)"
trap 'deploy/local.sh stop >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

# The load runs from this one address: every node, restarted ones too, lifts the per-client limits.
export RATE_LIMITS=false
TRAFFIC_DAYS=2 deploy/local.sh start
dotnet build bench/OrderLoad -c Release -o "$work/orders" --nologo -v q >/dev/null
psql() { command psql -h 127.0.0.1 -p 55432 -U postgres -d vetrina -qAt "$@"; }
skus="$(psql -c "SELECT k.\"Code\" FROM catalog_skus k JOIN catalog_colourways c ON c.\"Id\" = k.\"ColourwayId\"
  JOIN catalog_styles s ON s.\"Id\" = c.\"StyleId\" WHERE s.\"Lifecycle\" = 'FullPrice' ORDER BY k.\"Id\" LIMIT 20" | paste -sd,)"
psql -c "UPDATE inventory_levels SET \"OnHand\" = \"Reserved\" + 100000 WHERE \"LocationCode\" = 'WH-MI'"
product="$(curl -s "$front/api/v1/styles?lang=it&market=IT&pageSize=1" | sed -n 's/.*"url":"\([^"]*\)".*/\1/p')"

load() { # base, label: wrk on a product page and the API, OrderLoad on checkout, all at once
  wrk -c16 -t2 -d"${seconds}s" --latency "$1$product" >"$work/$2-page.txt" 2>&1 &
  local page=$!
  wrk -c8 -t1 -d"${seconds}s" --latency "$1/api/v1/styles?market=IT&pageSize=24" >"$work/$2-api.txt" 2>&1 &
  local api=$!
  "$work/orders/OrderLoad" orders "$1" "$skus" "$seconds" 8 >"$work/$2-orders.txt" 2>&1 || echo "OrderLoad failed" >>"$work/$2-orders.txt"
  wait "$page" "$api"
}

summary() { # label
  echo "## $1"
  for kind in page api; do
    echo "$kind: $(grep -E 'Requests/sec' "$work/$1-$kind.txt" | tr -s ' ') req/s; p99 $(grep -E '^ +99%' "$work/$1-$kind.txt" | tr -s ' ' | cut -d' ' -f3);" \
      "non-2xx/3xx: $(grep -E 'Non-2xx' "$work/$1-$kind.txt" | tr -s ' ' | cut -d' ' -f6 || true); socket errors: $(grep -E 'Socket errors' "$work/$1-$kind.txt" | tr -s ' ' || echo none)"
  done
  grep -E "checkouts:|completed orders|placement latency|failed" "$work/$1-orders.txt"
}

{
  echo "# bench/rolling.sh on $(date -u +%FT%TZ), $(nproc) cores, $seconds s per load; commit $(git rev-parse --short HEAD)"
  load "$front" nginx; summary nginx
  load "http://127.0.0.1:5101" single; summary single
  ( sleep 3; deploy/local.sh rolling >"$work/rolling.txt" 2>&1 ) &
  seconds=$(( seconds > 60 ? seconds : 60 ))
  load "$front" rolling; summary rolling
  wait
  echo "rolling restart: $(tr '\n' ';' <"$work/rolling.txt")"
  echo "nginx log, answers that were not 2xx/3xx during the run (status: count):"
  awk '{print $9}' "$state/nginx-access.log" | grep -vE '^[23]' | sort | uniq -c || echo "none"
} | tee "$out"
