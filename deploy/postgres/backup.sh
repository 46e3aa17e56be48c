#!/usr/bin/env bash
# A base backup of Vetrina's PostgreSQL while it serves: deploy/postgres/backup.sh <backup folder> [connection options]
# e.g. deploy/postgres/backup.sh /var/backups/vetrina/$(date -u +%F) -h 127.0.0.1 -U postgres
# Plain format, WAL fetched with the backup so that it restores on its own; with archiving on (archiving.conf) the
# WAL archive replays everything after it. Run it daily; keep the base backups the archive still reaches.
set -euo pipefail
target="${1:?usage: backup.sh <backup folder> [pg_basebackup connection options]}"
shift
pgbin="${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)}"
"$pgbin/pg_basebackup" -D "$target" -Fp -X stream -c fast --label="vetrina $(date -u +%FT%TZ)" "$@"
echo "base backup in $target"
