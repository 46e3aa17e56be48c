#!/usr/bin/env bash
# Analytics aggregation benchmark on PostgreSQL: the time and memory a node takes to bring today current.
#   1. A day's first million events (200,000 visitors × 5: landing page, a page, a style viewed, a bag filled by one in
#      four, an order by one in fifty; three markets, three devices, 20 campaigns, 200 landing pages, 300 styles) are
#      merged into today's figures.
#   2. One million new events (the "after 1 million new events" figure): half continue the sessions of 100,000 of those
#      visitors ten minutes later, half come from 100,000 new visitors. Only these 200,000 visitors' events are read.
#   3. The whole day (2 million events) rebuilt from scratch, a thousand visitors at a time, as after an imported click
#      report.
# Events go straight into the table (INSERT ... SELECT), as the collector's COPY would leave them: pending. The app runs
# its aggregation job every minute; each step waits for the job's log line. The node's peak resident memory during each
# step is read from the kernel (VmHWM, reset before the step) against what it held just before; the node runs with its
# managed heap capped at 300 MB (DOTNET_GCHeapHardLimit), so a step that needed more would fail instead of swapping.
# Usage: bench/aggregation.sh. Writes bench/results/aggregation-<date>.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
work="$(mktemp -d)"
chmod 755 "$work"
port=5184
base="http://127.0.0.1:$port"
pgbin="$(ls -d /usr/lib/postgresql/*/bin | sort | tail -n 1)"
pgdata="$work/pg"
pgport=55444
mkdir "$pgdata"; chown postgres:postgres "$pgdata"
(cd /tmp && su postgres -c "$pgbin/initdb -D $pgdata -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null")
(cd /tmp && su postgres -c "$pgbin/pg_ctl -D $pgdata -l $pgdata/log -w -t 60 start -o \"-p $pgport -k $pgdata -c listen_addresses=127.0.0.1 -c shared_buffers=512MB -c work_mem=32MB -c max_wal_size=4GB\" >/dev/null")
. bench/stop_app.sh
cleanup() { stop_app; (cd /tmp && su postgres -c "$pgbin/pg_ctl -D $pgdata -m immediate stop" >/dev/null 2>&1) || true; rm -rf "$work"; }
trap cleanup EXIT
trap "exit 1" INT TERM
psql() { command psql -h 127.0.0.1 -p "$pgport" -U postgres -d vetrina -qAt "$@"; }

dotnet publish src/Vetrina.Web -c Release -r linux-x64 --self-contained false -o "$work/app" --nologo -v q >/dev/null
dotnet build-server shutdown >/dev/null 2>&1 || true
env DOTNET_GCHeapHardLimit=0x12C00000 \
Vetrina__Database__Provider=PostgreSql ConnectionStrings__Vetrina="Host=127.0.0.1;Port=$pgport;Username=postgres;Database=vetrina" \
ASPNETCORE_ENVIRONMENT=Production Vetrina__RateLimits__Enabled=false Vetrina__Seed__Demo=true Vetrina__Seed__TrafficDays=0 Vetrina__Smtp__PickupDirectory="$work/mail" \
Vetrina__Analytics__AggregateEvery=00:01:00 Logging__LogLevel__Default=Warning "Logging__LogLevel__Vetrina.Analytics.Aggregation=Information" \
  "$work/app/Vetrina.Web" --contentRoot "$work/app" --urls "$base" >"$work/app.log" 2>&1 &
pid=$!
until curl -sf "$base/readyz" >/dev/null; do kill -0 "$pid" 2>/dev/null || { tail -n 20 "$work/app.log" >&2; exit 1; }; sleep 0.5; done

day="$(TZ=Europe/Rome date +%F)"
logday="$(TZ=Europe/Rome date +%m/%d/%Y)"   # as the app's log writes a day
start="'$day 01:00 Europe/Rome'::timestamptz"
# Visitors $3..$4, their events k = 0..4 from $2 minutes after 01:00 plus a second per visitor (spread over the day), in
# one statement so that a run sees all of them or none.
events() {
  psql -c "INSERT INTO analytics_events (\"Day\", \"OccurredAt\", \"ReceivedAt\", \"VisitorId\", \"VisitorKind\", \"Name\", \"Page\", \"Referrer\", \"Source\", \"Medium\",
      \"Campaign\", \"Device\", \"Country\", \"Language\", \"Market\", \"TransactionId\", \"ValueMinor\", \"Currency\", \"Items\", \"Params\", \"Pending\")
    SELECT '$day', at, at, md5('visitor ' || v)::uuid, 1, name,
      CASE WHEN name = 'purchase' THEN NULL ELSE '/' || lang || '/p/' || (v % 200) END, CASE WHEN k = 0 AND v % 3 = 1 THEN 'www.google.com/' ELSE '' END,
      CASE WHEN k = 0 AND v % 3 = 0 THEN 'newsletter' END, CASE WHEN k = 0 AND v % 3 = 0 THEN 'email' END, CASE WHEN k = 0 AND v % 3 = 0 THEN 'camp-' || (v % 20) END,
      v % 3, (ARRAY['IT','KR','US'])[v % 3 + 1], lang, (ARRAY['IT','KR','INTL'])[v % 3 + 1],
      CASE WHEN name = 'purchase' THEN 'T$1-' || v END, CASE WHEN name = 'purchase' THEN 15000 END, CASE WHEN name = 'purchase' THEN 'EUR' END,
      CASE WHEN name IN ('view_item', 'add_to_cart', 'purchase') THEN '[{\"id\":\"S' || (v % 300) || '\",\"v\":\"M\",\"n\":\"Style\",\"p\":15000,\"q\":1}]' END,
      CASE WHEN name IN ('add_to_cart', 'purchase') THEN '{\"cart_id\":\"c' || v || '\"}' END, true
    FROM generate_series($3, $4) v, generate_series(0, 4) k,
      LATERAL (SELECT $start + make_interval(mins => $2 + k * 2, secs => v % 70000) AS at, (ARRAY['it','ko','en'])[v % 3 + 1] AS lang,
        CASE k WHEN 2 THEN 'view_item' WHEN 3 THEN CASE WHEN v % 4 = 0 THEN 'add_to_cart' ELSE 'page_view' END
          WHEN 4 THEN CASE WHEN v % 50 = 0 THEN 'purchase' ELSE 'page_view' END ELSE 'page_view' END AS name) x"
  # A day's events arrive over hours, and autovacuum keeps the table's statistics current meanwhile; a million rows
  # inserted at once would leave the planner thinking the table empty until it caught up.
  psql -c "ANALYZE analytics_events"
}
runs() { grep -c "Analytics day $logday" "$work/app.log" || true; }
# Waits for the next aggregation of today that read events, and prints its message.
await_run() {
  local seen="$1"
  for _ in $(seq 1 1200); do
    local line
    line="$(grep -o "Analytics day $logday [^\"]*" "$work/app.log" | tail -n +"$((seen + 1))" | grep -v ": 0 events" | head -n 1 || true)"
    if [ -n "$line" ]; then echo "$line"; return 0; fi
    sleep 0.5
  done
  echo "no aggregation of $day within 10 minutes" >&2; return 1
}
rss() { awk -v k="$1:" '$1 == k { print int($2 / 1024) }' "/proc/$pid/status"; }
step() {
  local name="$1"; shift
  local seen; seen="$(runs)"
  "$@"
  local before; before="$(rss VmRSS)"
  echo 5 > "/proc/$pid/clear_refs"
  local line; line="$(await_run "$seen")"
  local peak; peak="$(rss VmHWM)"
  printf '%-44s %s\n    node memory: %s MB before, peak %s MB (+%s MB)\n' "$name" "$line" "$before" "$peak" "$((peak - before))" | tee -a "$work/result"
}

# The seed's own first run makes today's row; the steps start from there.
until [ "$(runs)" -gt 0 ]; do sleep 0.5; done
{
  echo "# Analytics aggregation, $(date -u +%FT%TZ), $(nproc) cores, PostgreSQL $("$pgbin/postgres" --version | awk '{print $3}'), one node (web + jobs), managed heap capped at 300 MB"
  echo "# day $day; events inserted pending, merged by the app's aggregation job (every minute)"
} > "$work/result"
step "1. first 1,000,000 events (200,000 visitors)" events a 0 1 200000
step "2. 1,000,000 new events (200,000 visitors)" events b "CASE WHEN v <= 200000 THEN 10 ELSE 0 END" 100001 300000
step "3. whole day rebuilt (2,000,000 events)" psql -c "UPDATE analytics_days SET \"Version\" = \"Version\" + 1 WHERE \"Day\" = '$day'"
psql -c "SELECT 'check: ' || sum(\"Sessions\") || ' sessions, ' || sum(\"Orders\") || ' orders, ' || sum(\"RevenueMinor\") / 100 || ' EUR of revenue in the day''s cells' FROM analytics_daily WHERE \"Day\" = '$day'" | tee -a "$work/result"
mkdir -p bench/results
cp "$work/result" "bench/results/aggregation-$(date +%F).txt"
cat "bench/results/aggregation-$(date +%F).txt"
