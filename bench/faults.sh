#!/usr/bin/env bash
# Faults under checkout load, through nginx over the deployment of deploy/local.sh (2 web nodes + 1 worker,
# PostgreSQL, Redis on this machine). bench/OrderLoad's faults mode keeps 8 shoppers checking out, each retrying a
# failed placement with the same Idempotency-Key, while this script:
#   at 15 s  SIGKILLs the web node on 5101 (started again at 20 s),
#   at 60 s  stops PostgreSQL for 10 s (after the restarted node is up: a node under load takes ~30 s to start here),
#   at 85 s  stops Redis for 10 s (seconds from the load's start; 110 s of load in all).
# It prints the load's second-by-second timeline, the time from PostgreSQL's return to the first order placed after
# it, and checks the outcome in the database: every order a shopper was told about exists exactly once, no order
# email went out twice, and the stock ledger explains every stock level.
# Usage: bench/faults.sh. Writes bench/results/faults-<date>.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
state="${VETRINA_LOCAL:-/tmp/vetrina-local}"
out="bench/results/faults-$(date +%F).txt"
work="$(mktemp -d)"
trap 'deploy/local.sh stop >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
export RATE_LIMITS=false
TRAFFIC_DAYS=0 deploy/local.sh start >/dev/null
dotnet build bench/OrderLoad -c Release -o "$work/orders" --nologo -v q >/dev/null
psql() { command psql -h 127.0.0.1 -p 55432 -U postgres -d vetrina -qAt "$@"; }
skus="$(psql -c "SELECT k.\"Code\" FROM catalog_skus k JOIN catalog_colourways c ON c.\"Id\" = k.\"ColourwayId\"
  JOIN catalog_styles s ON s.\"Id\" = c.\"StyleId\" WHERE s.\"Lifecycle\" = 'FullPrice' ORDER BY k.\"Id\" LIMIT 20" | paste -sd,)"
psql -c "UPDATE inventory_levels SET \"OnHand\" = \"Reserved\" + 100000 WHERE \"LocationCode\" = 'WH-MI'"
now_ms() { date +%s%3N; }
# What each stock level holds beyond what its ledger explains (the top-up above is not in the ledger): the faults must
# not change it.
ledger_gap() { psql -c "SELECT l.\"SkuId\", l.\"LocationCode\", l.\"OnHand\" - coalesce(sum(m.\"OnHandDelta\"), 0), l.\"Reserved\" - coalesce(sum(m.\"ReservedDelta\"), 0)
  FROM inventory_levels l LEFT JOIN inventory_movements m ON m.\"SkuId\" = l.\"SkuId\" AND m.\"LocationCode\" = l.\"LocationCode\" GROUP BY 1, 2 ORDER BY 1, 2"; }
ledger_gap >"$work/gap-before.txt"

"$work/orders/OrderLoad" faults "http://127.0.0.1:8088" "$skus" 110 8 >"$work/load.txt" 2>&1 &
load=$!
until grep -q '^load started at' "$work/load.txt" 2>/dev/null; do sleep 0.1; done
started="$(sed -n 's/^load started at //p' "$work/load.txt")"
event() { echo "$(now_ms) $*" >>"$work/events.txt"; }
at() { sleep "$(awk -v t="$1" -v s="$started" -v n="$(now_ms)" 'BEGIN { d = (s + t * 1000 - n) / 1000; print (d > 0 ? d : 0) }')"; }
# The schedule is kept whatever each step takes (a node's start under load takes half a minute on 2 cores).
at 15; deploy/local.sh node 5101 kill; event "web node 5101 killed (SIGKILL)"
( at 20; deploy/local.sh node 5101 start; event "web node 5101 ready again (started at 20 s)" ) &
restart=$!
at 60; deploy/local.sh postgres stop; event "PostgreSQL stopped"
at 70; deploy/local.sh postgres start; back=$(now_ms); event "PostgreSQL started again"
at 85; deploy/local.sh redis stop; event "Redis stopped"
at 95; deploy/local.sh redis start; event "Redis started again"
wait "$restart"
wait "$load" || { echo "OrderLoad failed:" >&2; cat "$work/load.txt" >&2; exit 1; }
sleep 5 # the worker sends the last order emails

first_after="$(awk -v back="$back" '$1 == "order" && $3 >= back && (first == "" || $3 - back < first) { first = $3 - back } END { print first }' "$work/load.txt")"
grep '^order ' "$work/load.txt" | cut -d' ' -f2 | sort >"$work/told.txt"
psql -c "SELECT \"Email\" FROM orders_orders WHERE \"Email\" LIKE 'bench.%'" | sort >"$work/stored.txt"
emails="$( (grep -rhl '^To: .*bench\.' "$state/mail" 2>/dev/null || true) | xargs -r grep -h '^To: ' | sort | uniq -c | awk '$1 > 1' | wc -l)"
{
  echo "# bench/faults.sh on $(date -u +%FT%TZ), $(nproc) cores; commit $(git rev-parse --short HEAD)"
  echo "# nginx over 2 web nodes + 1 worker, PostgreSQL and Redis on this machine; 8 shoppers retrying with their Idempotency-Key"
  awk -v s="$started" '{ t = ($1 - s) / 1000; $1 = ""; printf "%5.1f s:%s\n", t, $0 }' "$work/events.txt"
  grep -v '^order \|^load started' "$work/load.txt"
  echo "time from PostgreSQL's return to the first order placed: ${first_after:-none} ms"
  echo "orders the shoppers were told about: $(wc -l <"$work/told.txt"); in the database: $(wc -l <"$work/stored.txt");" \
    "told but missing: $(comm -23 "$work/told.txt" "$work/stored.txt" | wc -l); stored twice: $(uniq -d "$work/stored.txt" | wc -l)"
  echo "order emails sent twice: $emails"
  echo "stock levels whose change the ledger does not explain: $(ledger_gap | diff "$work/gap-before.txt" - | grep -c '^>' || true)"
  echo "nginx: answers that were not 2xx/3xx (status: count):"
  awk '{print $9}' "$state/nginx-access.log" | grep -vE '^[23]' | sort | uniq -c || echo "none"
} | tee "$out"
