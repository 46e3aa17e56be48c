#!/usr/bin/env bash
# The restore drill: restores a base backup plus the WAL archive into a new cluster, checks that it holds what the
# source holds (orders and their totals, payments, the stock ledger), and starts a Vetrina node on it. A backup is
# only known good once restored; run this regularly (and after changing the backup set-up).
#
#   deploy/postgres/restore-drill.sh <base backup> <WAL archive> <source connection string>
#
# The source is compared as of the end of the archive: the script switches the source to a new WAL segment and waits
# for the archiver to copy the finished one, so run it while the shop is quiet or expect the totals of orders placed
# during the drill to differ. Environment: PORT (the restored cluster's port, 55499), APP_PORT (the node's, 5199),
# NODE (the command that starts a node, default "dotnet publish/Vetrina.Web.dll"), KEEP=1 (leave the cluster running).
set -euo pipefail
base="${1:?usage: restore-drill.sh <base backup> <WAL archive> <source connection string>}"
archive="${2:?WAL archive folder}"
source_db="${3:?source connection string, e.g. postgresql://postgres@127.0.0.1:5432/vetrina}"
port="${PORT:-55499}"
app_port="${APP_PORT:-5199}"
node="${NODE:-dotnet publish/Vetrina.Web.dll}"
pgbin="${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)}"
work="$(mktemp -d /tmp/vetrina-restore-XXXXXX)"
data="$work/data"
as_postgres() { if [ "$(id -u)" -eq 0 ]; then su postgres -c "$*"; else sh -c "$*"; fi; }
cleanup() {
  [ -n "${node_pid:-}" ] && kill "$node_pid" 2>/dev/null || true
  if [ "${KEEP:-0}" != 1 ]; then as_postgres "$pgbin/pg_ctl -D $data -m immediate stop" >/dev/null 2>&1 || true; rm -rf "$work"; fi
}
trap cleanup EXIT

# What the restored database must hold: orders by status and currency with their totals, payments by state with their
# amounts, the stock ledger's sums and the stock levels they explain.
totals_sql="$(cat <<'SQL'
SELECT 'orders' AS what, "Status" || ' ' || "Currency" AS part, count(*), sum("TotalMinor"), sum("VatMinor"), NULL::bigint FROM orders_orders GROUP BY 2
UNION ALL SELECT 'payments', "State" || ' ' || "Currency", count(*), sum("AmountMinor"), sum("CapturedMinor"), sum("RefundedMinor") FROM orders_payments GROUP BY 2
UNION ALL SELECT 'stock ledger', "LocationCode", count(*), sum("OnHandDelta"), sum("ReservedDelta"), NULL FROM inventory_movements GROUP BY 2
UNION ALL SELECT 'stock levels', "LocationCode", count(*), sum("OnHand"), sum("Reserved"), NULL FROM inventory_levels GROUP BY 2
ORDER BY 1, 2
SQL
)"

echo "1. closing the source's current WAL segment and waiting for the archiver to copy it"
# The segment holding the latest write; when nothing was written since the last switch it is an archived one already.
segment="$("$pgbin/psql" "$source_db" -Atc "SELECT pg_walfile_name(pg_current_wal_lsn())")"
"$pgbin/psql" "$source_db" -Atc "SELECT pg_switch_wal()" >/dev/null
for _ in $(seq 1 120); do
  [ -f "$archive/$segment" ] && break
  sleep 0.5
done
[ -f "$archive/$segment" ] || { echo "the archiver did not copy $segment into $archive within a minute: is archive_command working?" >&2; exit 1; }
"$pgbin/psql" "$source_db" -AtF '|' -c "$totals_sql" > "$work/source.txt"

echo "2. restoring $base into a new cluster on port $port, replaying $archive"
mkdir -p "$data"
cp -a "$base/." "$data/"
rm -f "$data/postmaster.pid" "$data/standby.signal"
# Recovery refuses to start with fewer of these than the source has: take the source's.
"$pgbin/psql" "$source_db" -At -c "SELECT name || ' = ' || setting FROM pg_settings WHERE name IN ('max_connections',
  'max_worker_processes', 'max_wal_senders', 'max_prepared_transactions', 'max_locks_per_transaction')" >> "$data/postgresql.auto.conf"
cat >> "$data/postgresql.auto.conf" <<CONF
restore_command = 'cp $archive/%f %p'
recovery_target_timeline = 'latest'
archive_mode = off
port = $port
listen_addresses = '127.0.0.1'
unix_socket_directories = '$work'
CONF
touch "$data/recovery.signal"
chmod 700 "$data"
[ "$(id -u)" -eq 0 ] && chown -R postgres:postgres "$work"
as_postgres "$pgbin/pg_ctl -D $data -l $work/postgres.log -w -t 300 start" >/dev/null || { tail -n 20 "$work/postgres.log" >&2; exit 1; }
restored="postgresql://postgres@127.0.0.1:$port/$("$pgbin/psql" "$source_db" -Atc 'SELECT current_database()')"
for _ in $(seq 1 600); do
  [ "$("$pgbin/psql" "$restored" -Atc 'SELECT pg_is_in_recovery()' 2>/dev/null)" = f ] && break
  sleep 0.5
done
[ "$("$pgbin/psql" "$restored" -Atc 'SELECT pg_is_in_recovery()')" = f ] || { echo "recovery did not finish; see $work/postgres.log" >&2; exit 1; }

echo "3. comparing orders, payments and the stock ledger"
"$pgbin/psql" "$restored" -AtF '|' -c "$totals_sql" > "$work/restored.txt"
if ! diff -u "$work/source.txt" "$work/restored.txt"; then
  echo "the restored database differs from the source (above)" >&2
  exit 1
fi
echo "   $(grep -c '^orders' "$work/source.txt") order groups, $(awk -F'|' '$1=="orders" {n+=$3} END {print n+0}' "$work/source.txt") orders: identical"

echo "4. starting a node on the restored database"
ASPNETCORE_ENVIRONMENT=Production Vetrina__Database__Provider=PostgreSql Vetrina__Node__Role=web \
ConnectionStrings__Vetrina="Host=127.0.0.1;Port=$port;Username=postgres;Database=${restored##*/}" \
  $node --urls "http://127.0.0.1:$app_port" > "$work/node.log" 2>&1 &
node_pid=$!
for _ in $(seq 1 240); do
  curl -fsS "http://127.0.0.1:$app_port/readyz" >/dev/null 2>&1 && break
  sleep 0.5
done
curl -fsS "http://127.0.0.1:$app_port/readyz" >/dev/null || { echo "the node did not become ready; see $work/node.log" >&2; tail -n 20 "$work/node.log" >&2; exit 1; }
curl -fsS "http://127.0.0.1:$app_port/api/v1/styles?limit=1" >/dev/null
echo "restore drill passed: the backup restores, holds what the source holds, and a node serves from it"
