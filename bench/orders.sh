#!/usr/bin/env bash
# Checkout benchmark on PostgreSQL: a Release (ReadyToRun) build with the demo seed and the built-in test card network.
#   1. sustained orders: 32 shoppers each making a bag and placing an order, again and again, for <seconds> (default 120)
#   then add to bag: wrk posting the product page's form, one new bag per request, for 20 s
#   2. hot-SKU drop: 1,000 units, 20,000 bags made first, then all 20,000 buyers check out at once (64 at a time)
# Usage: bench/orders.sh [seconds] [buyers]. Writes bench/results/orders-<date>.txt.
# PostgreSQL runs durably (fsync and synchronous commit on; only stock holds commit asynchronously, see ADR-008) in a
# throwaway cluster; app, database and load generator share the machine's cores, so the figures are a floor for a
# node of this size.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-120}"
buyers="${2:-20000}"
work="$(mktemp -d)"
chmod 755 "$work"
port=5181
base="http://127.0.0.1:$port"
pgbin="$(ls -d /usr/lib/postgresql/*/bin | sort | tail -n 1)"
pgdata="$work/pg"
pgport=55441
mkdir "$pgdata"; chown postgres:postgres "$pgdata"
(cd /tmp && su postgres -c "$pgbin/initdb -D $pgdata -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null")
(cd /tmp && su postgres -c "$pgbin/pg_ctl -D $pgdata -l $pgdata/log -w -t 60 start -o \"-p $pgport -k $pgdata -c listen_addresses=127.0.0.1 -c max_connections=300 -c shared_buffers=512MB\" >/dev/null")
. bench/stop_app.sh
cleanup() { stop_app; (cd /tmp && su postgres -c "$pgbin/pg_ctl -D $pgdata -m immediate stop" >/dev/null 2>&1) || true; rm -rf "$work"; }
trap cleanup EXIT
psql() { command psql -h 127.0.0.1 -p "$pgport" -U postgres -d vetrina -qAt "$@"; }

dotnet publish src/Vetrina.Web -c Release -r linux-x64 --self-contained false -o "$work/app" --nologo -v q >/dev/null
dotnet build bench/OrderLoad -c Release -o "$work/load" --nologo -v q >/dev/null
dotnet build-server shutdown >/dev/null 2>&1 || true

Vetrina__Database__Provider=PostgreSql \
ConnectionStrings__Vetrina="Host=127.0.0.1;Port=$pgport;Username=postgres;Database=vetrina;Maximum Pool Size=100" \
Vetrina__Metrics__Prometheus=true ASPNETCORE_ENVIRONMENT=Production Vetrina__RateLimits__Enabled=false Vetrina__Seed__Demo=true Vetrina__Seed__TrafficDays=0 Logging__LogLevel__Default=Warning \
Vetrina__Smtp__PickupDirectory="$work/mail" \
  "$work/app/Vetrina.Web" --contentRoot "$work/app" --urls "$base" >"$work/app.log" 2>&1 &
pid=$!
until curl -sf "$base/readyz" >/dev/null; do sleep 0.2; done

# The sustained run buys across 100 full-price SKUs (as shoppers do), each stocked for every order the run can make;
# the drop is one more SKU with exactly 1,000 units.
skus="$(psql -c "SELECT k.\"Code\", k.\"Id\" FROM catalog_skus k JOIN catalog_colourways c ON c.\"Id\" = k.\"ColourwayId\"
  JOIN catalog_styles s ON s.\"Id\" = c.\"StyleId\" WHERE s.\"Lifecycle\" = 'FullPrice' ORDER BY k.\"Id\" LIMIT 101")"
sustained="$(echo "$skus" | head -n 100 | cut -d'|' -f1 | paste -sd,)"
sustained_ids="$(echo "$skus" | head -n 100 | cut -d'|' -f2 | paste -sd,)"
drop="$(echo "$skus" | sed -n 101p | cut -d'|' -f1)"; drop_id="$(echo "$skus" | sed -n 101p | cut -d'|' -f2)"
psql -c "UPDATE inventory_levels SET \"OnHand\" = \"Reserved\" + 1000000 WHERE \"SkuId\" IN ($sustained_ids) AND \"LocationCode\" = 'WH-MI';
  UPDATE inventory_levels SET \"OnHand\" = 1000, \"Reserved\" = 0 WHERE \"SkuId\" = $drop_id AND \"LocationCode\" = 'WH-MI';
  UPDATE inventory_levels SET \"OnHand\" = 0, \"Reserved\" = 0 WHERE \"SkuId\" = $drop_id AND \"LocationCode\" <> 'WH-MI';"

out="bench/results/orders-$(date +%Y-%m-%d).txt"
{
  echo "# Vetrina checkout benchmark, $(date -u +%FT%TZ), $(nproc) cores, PostgreSQL $("$pgbin/postgres" --version | awk '{print $3}') (durable), one app node"
  echo
  echo "## sustained orders, ${seconds} s, 32 shoppers"
  "$work/load/OrderLoad" orders "$base" "$sustained" "$seconds" 32
  echo "app RSS after run: $(( $(awk '/VmRSS/{print $2}' /proc/"$pid"/status) / 1024 )) MB"
  echo
  echo "## add to bag on the warm node, one new bag per request (the costliest add: it creates the cart), wrk -c32 -t2 -d20s"
  SKU="$(echo "$sustained" | cut -d, -f1)" wrk -c32 -t2 -d20s -s bench/add-to-cart.lua "$base/en/cart?handler=Add" | grep "^requests/s"
  echo
  echo "## hot-SKU drop: 1,000 units, ${buyers} buyers, 64 at a time"
  "$work/load/OrderLoad" drop "$base" "$drop" "$buyers" 64
  echo "orders holding the SKU: $(psql -c "SELECT count(*) FROM orders_lines WHERE \"SkuId\" = $drop_id")"
  echo "stock of the SKU (on hand, reserved): $(psql -c "SELECT \"OnHand\", \"Reserved\" FROM inventory_levels WHERE \"SkuId\" = $drop_id AND \"LocationCode\" = 'WH-MI'")"
} | tee "$out"
