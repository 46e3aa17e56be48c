#!/usr/bin/env bash
# A/B of one storefront page between two commits, interleaved (A B B A A B) so that the machine's drift falls on both:
# each commit is published once (Release), then for every round its app starts on a fresh SQLite demo database and wrk
# loads the page at 32 connections, bypassing the output cache (an Authorization header) unless the path ends in "!".
# Usage: bench/storefront-ab.sh REV_A REV_B [page] [seconds]   (page: "product" or a path; default product, 20 s)
# Writes bench/results/storefront-<date>-ab-<A>-<B>.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "needs wrk: apt-get install wrk" >&2; exit 1; }
a="$(git rev-parse --short "$1")"; b="$(git rev-parse --short "$2")"; page="${3:-product}"; duration="${4:-20}"
work="$(mktemp -d)"
port=5181
base="http://127.0.0.1:$port"
. bench/stop_app.sh
trap 'stop_app; for r in "$a" "$b"; do git worktree remove --force "$work/src-$r" 2>/dev/null || true; done; rm -rf "$work"' EXIT
for rev in "$a" "$b"; do
  git worktree add --detach "$work/src-$rev" "$rev" >/dev/null 2>&1
  dotnet publish "$work/src-$rev/src/Vetrina.Web" -c Release -r linux-x64 --self-contained false -o "$work/app-$rev" --nologo -v q >/dev/null
done
dotnet build-server shutdown >/dev/null 2>&1 || true
round() { # rev → one line
  rm -rf "$work/db" && mkdir "$work/db"
  ConnectionStrings__Vetrina="Data Source=$work/db/bench.db" ASPNETCORE_ENVIRONMENT=Production Vetrina__RateLimits__Enabled=false Vetrina__Seed__Demo=true Vetrina__Seed__TrafficDays=0 \
    Vetrina__Media__CacheDirectory="$work/db/media" Logging__LogLevel__Default=Warning \
    "$work/app-$1/Vetrina.Web" --contentRoot "$work/app-$1" --urls "$base" >"$work/app.log" 2>&1 &
  pid=$!
  until curl -sf "$base/en" >/dev/null; do sleep 0.1; done
  local path="$page" headers=(-H "Authorization: Bearer bench-bypasses-the-output-cache")
  [ "$path" = product ] && path="$(curl -s "$base/api/v1/styles?lang=it&market=IT&pageSize=1" | sed -n 's/.*"url":"\([^"]*\)".*/\1/p' | sed "s#^https\?://[^/]*##")"
  if [ "${path: -1}" = "!" ]; then path="${path%!}"; headers=(); fi
  curl -s -o /dev/null "${headers[@]}" "$base$path"
  echo "$1 $path $(wrk -c32 -t2 -d"${duration}s" -s bench/percentiles.lua "${headers[@]}" "$base$path" | tail -n 1)"
  stop_app; pid=""
}
out="bench/results/storefront-$(date +%Y-%m-%d)-ab-$a-$b.txt"
{
  echo "# Storefront A/B, $(date -u +%FT%TZ), $(nproc) cores, SQLite, demo seed, wrk -t2 -c32 -d${duration}s, A = $a, B = $b, page = $page"
  for rev in "$a" "$b" "$b" "$a" "$a" "$b"; do round "$rev"; done
} | tee "$out"
