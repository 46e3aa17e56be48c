# Sourced by the benchmark scripts. Stops the app started as $pid, and makes sure it is gone before its database is: a
# node left running would reach the next run's database (same port) and load the machine during the next benchmark.
# It gets 30 s after SIGTERM, then it is killed.
stop_app() {
  [ -n "${pid:-}" ] || return 0
  kill "$pid" 2>/dev/null || return 0
  for _ in $(seq 1 300); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
  echo "the app did not stop within 30 s of SIGTERM; killed" >&2
  kill -9 "$pid" 2>/dev/null || true
}
