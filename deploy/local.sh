#!/usr/bin/env bash
# A whole Vetrina deployment on this machine's loopback, from Debian's packages: PostgreSQL, Redis, two web nodes and
# a worker (a Release publish of this checkout) behind nginx at http://127.0.0.1:8088, seeded with the demo brand.
# The three nodes start together: they take turns through PostgreSQL's advisory lock, and one of them seeds.
#   deploy/local.sh start     start everything (installs nginx, redis-server and postgresql first when run as root)
#   deploy/local.sh rolling   restart the nodes one by one, each back in nginx's rotation before the next stops
#   deploy/local.sh stop      stop everything and delete the state
#   deploy/local.sh node <port> kill|start    SIGKILL one node, or start it again (fault drills, bench/faults.sh)
#   deploy/local.sh postgres|redis stop|start stop or start the database or the cache under the running nodes
# State (database, logs) lives in $VETRINA_LOCAL (default /tmp/vetrina-local); TRAFFIC_DAYS sets the demo's simulated
# history (default 7); RATE_LIMITS=false lifts the per-client limits for a load script running from this one address.
set -euo pipefail
cd "$(dirname "$0")/.."
state="${VETRINA_LOCAL:-/tmp/vetrina-local}"
pgport=55432
redisport=56379
front=8088
nodes=("web 5101" "web 5102" "worker 5110")
admin_email="admin@vetrina.local"
admin_password="local deployment password"

pgbin() { ls -d /usr/lib/postgresql/*/bin | sort | tail -n 1; }
start_postgres() { as_postgres "$(pgbin)/pg_ctl -D $state/pg -l $state/pg/log -w start -o \"-p $pgport -k $state/pg -c listen_addresses=127.0.0.1 -c max_connections=300\" >/dev/null"; }
start_redis() { redis-server --port "$redisport" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes --pidfile "$state/redis.pid" --logfile "$state/redis.log" --dir "$state"; }
as_postgres() { (cd /tmp && su postgres -c "$1"); }
ready() { curl -sf -o /dev/null "http://127.0.0.1:$1/readyz"; }

start_node() { # role port
  local role=$1 port=$2
  ASPNETCORE_ENVIRONMENT=Production Vetrina__RateLimits__Enabled="${RATE_LIMITS:-true}" Vetrina__Node__Role="$role" Vetrina__Database__Provider=PostgreSql \
  ConnectionStrings__Vetrina="Host=127.0.0.1;Port=$pgport;Username=postgres;Database=vetrina;Maximum Pool Size=60" \
  ConnectionStrings__Redis="127.0.0.1:$redisport" Vetrina__PublicUrl="http://127.0.0.1:$front" \
  Vetrina__Seed__Demo=true Vetrina__Seed__TrafficDays="${TRAFFIC_DAYS:-7}" Vetrina__Smtp__PickupDirectory="$state/mail" \
  Vetrina__Admin__Email="$admin_email" Vetrina__Admin__Password="$admin_password" \
    nohup "$state/app/Vetrina.Web" --urls "http://127.0.0.1:$port" >>"$state/node-$port.log" 2>&1 &
  echo $! >"$state/node-$port.pid"
}

wait_ready() { # port seconds
  local until=$(( $(date +%s) + $2 ))
  until ready "$1"; do
    if [ "$(date +%s)" -ge "$until" ]; then echo "node on $1 not ready after $2 s: see $state/node-$1.log" >&2; return 1; fi
    sleep 0.2
  done
}

stop_node() { # port: SIGTERM, then wait for the node to drain and exit
  local pid
  pid="$(cat "$state/node-$1.pid")"
  kill -TERM "$pid" 2>/dev/null || return 0
  while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
}

start() {
  if [ "$(id -u)" = 0 ]; then
    missing=()
    command -v nginx >/dev/null || missing+=(nginx)
    command -v redis-server >/dev/null || missing+=(redis-server)
    ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
    if [ "${#missing[@]}" -gt 0 ]; then
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    fi
  fi

  mkdir -p "$state"
  chmod 755 "$state"
  if [ ! -d "$state/pg" ]; then
    mkdir "$state/pg" && chown postgres:postgres "$state/pg"
    as_postgres "$(pgbin)/initdb -D $state/pg -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null"
  fi
  start_postgres
  start_redis

  dotnet publish src/Vetrina.Web -c Release -o "$state/app" --nologo -v q >/dev/null
  for node in "${nodes[@]}"; do start_node $node; done
  for node in "${nodes[@]}"; do wait_ready "${node#* }" 600; done

  upstream=""
  for node in "${nodes[@]}"; do
    [ "${node% *}" = web ] && upstream+="    server 127.0.0.1:${node#* } max_fails=1 fail_timeout=2s;"$'\n'
  done
  cat >"$state/nginx.conf" <<CONF
worker_processes 2;
pid $state/nginx.pid;
error_log $state/nginx-error.log;
events { worker_connections 4096; }
http {
    access_log $state/nginx-access.log;
    client_body_temp_path $state/nginx-body;
    proxy_temp_path $state/nginx-proxy;
    upstream vetrina_web {
$upstream    keepalive 64;
    }
    server {
        listen 127.0.0.1:$front;
        include $PWD/deploy/nginx/vetrina-proxy.conf;
    }
}
CONF
  nginx -c "$state/nginx.conf" -p "$state"
  echo "Vetrina at http://127.0.0.1:$front (nginx over web nodes 5101 and 5102, worker 5110): sign in at /admin as $admin_email / $admin_password"
}

rolling() {
  for node in "${nodes[@]}"; do
    port="${node#* }"
    stop_node "$port"
    start_node $node
    wait_ready "$port" 120
    # nginx's fail_timeout: a node it saw fail is tried again after 2 s; the next stop waits until then.
    sleep 3
    echo "restarted the ${node% *} node on $port"
  done
}

stop() {
  for node in "${nodes[@]}"; do [ -f "$state/node-${node#* }.pid" ] && stop_node "${node#* }"; done
  [ -f "$state/nginx.pid" ] && nginx -c "$state/nginx.conf" -p "$state" -s stop 2>/dev/null || true
  redis-cli -p "$redisport" shutdown nosave >/dev/null 2>&1 || true
  [ -d "$state/pg" ] && as_postgres "$(pgbin)/pg_ctl -D $state/pg -m fast stop >/dev/null" || true
  rm -rf "$state"
}

one_node() { # port kill|start
  local port=$1
  case "$2" in
    kill) kill -KILL "$(cat "$state/node-$port.pid")" ;;
    start) for n in "${nodes[@]}"; do [ "${n#* }" = "$port" ] && start_node $n; done; wait_ready "$port" 120 ;;
  esac
}

case "${1:-}" in
  start) start ;;
  rolling) rolling ;;
  stop) stop ;;
  node) one_node "$2" "$3" ;;
  postgres) if [ "$2" = stop ]; then as_postgres "$(pgbin)/pg_ctl -D $state/pg -m fast stop >/dev/null"; else start_postgres; fi ;;
  redis) if [ "$2" = stop ]; then redis-cli -p "$redisport" shutdown nosave >/dev/null 2>&1 || true; else start_redis; fi ;;
  *) echo "usage: deploy/local.sh start|rolling|stop|node <port> kill|start|postgres stop|start|redis stop|start" >&2; exit 2 ;;
esac
