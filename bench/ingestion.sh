#!/usr/bin/env bash
# Ingestion benchmark: POST /t/collect under wrk, on PostgreSQL (durable: fsync and synchronous commit on; every 200 OK
# means the batch is committed) and on SQLite, from a Release (ReadyToRun) build. App, database and load generator share
# the machine's cores. Each request carries 25 events (GA4's Measurement Protocol limit), then 5; then a steady load
# of 4 connections for the collector's latency.
# Usage: bench/ingestion.sh [seconds] [connections]. Writes bench/results/ingestion-<date>.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
connections="${2:-32}"
work="$(mktemp -d)"
chmod 755 "$work"
port=5182
base="http://127.0.0.1:$port"
pgbin="$(ls -d /usr/lib/postgresql/*/bin | sort | tail -n 1)"
pgdata="$work/pg"
pgport=55442
mkdir "$pgdata"; chown postgres:postgres "$pgdata"
(cd /tmp && su postgres -c "$pgbin/initdb -D $pgdata -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null")
(cd /tmp && su postgres -c "$pgbin/pg_ctl -D $pgdata -l $pgdata/log -w -t 60 start -o \"-p $pgport -k $pgdata -c listen_addresses=127.0.0.1 -c max_connections=300 -c shared_buffers=512MB\" >/dev/null")
. bench/stop_app.sh
cleanup() { stop_app; (cd /tmp && su postgres -c "$pgbin/pg_ctl -D $pgdata -m immediate stop" >/dev/null 2>&1) || true; rm -rf "$work"; }
trap cleanup EXIT

dotnet publish src/Vetrina.Web -c Release -r linux-x64 --self-contained false -o "$work/app" --nologo -v q >/dev/null
dotnet build-server shutdown >/dev/null 2>&1 || true

start() {
  env "$@" ASPNETCORE_ENVIRONMENT=Production Vetrina__RateLimits__Enabled=false Vetrina__Seed__Demo=true Vetrina__Seed__TrafficDays=0 Logging__LogLevel__Default=Warning Vetrina__Smtp__PickupDirectory="$work/mail" \
    "$work/app/Vetrina.Web" --contentRoot "$work/app" --urls "$base" >"$work/app.log" 2>&1 &
  pid=$!
  until curl -sf "$base/readyz" >/dev/null; do sleep 0.2; done
}

run() {
  for events in 25 5; do
    echo "### throughput: $events events a request, wrk -c$connections -t2 -d${seconds}s"
    line="$(EVENTS=$events wrk -c"$connections" -t2 -d"${seconds}s" -s bench/collect.lua "$base/t/collect" | grep "^requests/s")"
    echo "$line"
    echo "events/s $(( $(echo "$line" | awk '{print $2}') * events ))"
  done
  # A steady load well below saturation: how long a page's beacon waits for its events to be committed.
  echo "### latency: 5 events a request, wrk -c4 -t2 -d${seconds}s"
  line="$(EVENTS=5 wrk -c4 -t2 -d"${seconds}s" -s bench/collect.lua "$base/t/collect" | grep "^requests/s")"
  echo "$line"
  echo "events/s $(( $(echo "$line" | awk '{print $2}') * 5 ))"
}

out="bench/results/ingestion-$(date +%Y-%m-%d).txt"
{
  echo "# Vetrina ingestion benchmark, $(date -u +%FT%TZ), $(nproc) cores, one app node"
  echo
  echo "## PostgreSQL $("$pgbin/postgres" --version | awk '{print $3}') (durable), binary COPY in group commits"
  start Vetrina__Database__Provider=PostgreSql ConnectionStrings__Vetrina="Host=127.0.0.1;Port=$pgport;Username=postgres;Database=vetrina;Maximum Pool Size=100"
  run
  echo "events stored: $(command psql -h 127.0.0.1 -p "$pgport" -U postgres -d vetrina -qAt -c 'SELECT count(*) FROM analytics_events')"
  echo "app RSS after run: $(( $(awk '/VmRSS/{print $2}' /proc/"$pid"/status) / 1024 )) MB"
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo
  echo "## SQLite (WAL), EF Core batched inserts"
  start ConnectionStrings__Vetrina="Data Source=$work/bench.db"
  run
  echo "events stored: $(sqlite3 "$work/bench.db" 'SELECT count(*) FROM analytics_events' 2>/dev/null || echo '(sqlite3 not installed)')"
  # This block runs in the pipeline's subshell: the exit trap never sees this $pid, so the node is stopped here. Left
  # running, it held the port, and the next run's node failed to bind while its readiness check reached this one.
  stop_app
} | tee "$out"
