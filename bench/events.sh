#!/usr/bin/env bash
# Integration-event dispatcher benchmark on PostgreSQL (ADR-014): handling latency on an idle node, and how fast one node
# drains a backlog. Usage: bench/events.sh [latency events] [backlog events]. Writes bench/results/events-<date>.txt.
# PostgreSQL runs durably (fsync and synchronous commit on) in a throwaway cluster on the same 2 cores as the
# dispatcher, so the figures are a floor for a node of this size.
set -euo pipefail
cd "$(dirname "$0")/.."
latency="${1:-300}"
backlog="${2:-50000}"
work="$(mktemp -d)"
chmod 755 "$work"
pgbin="$(ls -d /usr/lib/postgresql/*/bin | sort | tail -n 1)"
pgdata="$work/pg"
pgport=55442
mkdir "$pgdata"; chown postgres:postgres "$pgdata"
(cd /tmp && su postgres -c "$pgbin/initdb -D $pgdata -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null")
(cd /tmp && su postgres -c "$pgbin/pg_ctl -D $pgdata -l $pgdata/log -w -t 60 start -o \"-p $pgport -k $pgdata -c listen_addresses=127.0.0.1 -c max_connections=200 -c shared_buffers=512MB\" >/dev/null")
cleanup() { (cd /tmp && su postgres -c "$pgbin/pg_ctl -D $pgdata -m immediate stop" >/dev/null 2>&1) || true; rm -rf "$work"; }
trap cleanup EXIT

dotnet build bench/EventLoad -c Release -o "$work/load" --nologo -v q >/dev/null
dotnet build-server shutdown >/dev/null 2>&1 || true

out="bench/results/events-$(date +%Y-%m-%d).txt"
{
  echo "# Vetrina integration events, $(date -u +%FT%TZ), $(nproc) cores, PostgreSQL $("$pgbin/postgres" --version | awk '{print $3}') (durable), one dispatching node"
  echo "# defaults: Vetrina:Events:BatchSize 500, ChunkSize 100, Parallelism 4, PollInterval 500 ms"
  echo
  "$work/load/EventLoad" "Host=127.0.0.1;Port=$pgport;Username=postgres;Database=events;Maximum Pool Size=50" "$latency" "$backlog" 4
} | tee "$out"
