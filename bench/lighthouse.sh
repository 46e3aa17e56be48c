#!/usr/bin/env bash
# Lighthouse (mobile, default simulated throttling) on the home page, a collection and a product page of the demo
# shop, a Release build on SQLite with the photo-weight demo pictures. Each page is loaded once first, as a shop's
# first visitor would (that makes the resized copies), then measured three times; the median run is reported.
# Usage: bench/lighthouse.sh. Needs chromium (apt) and npm; installs lighthouse 12.8.2 under bench/work/.
# Writes bench/results/lighthouse-<date>.txt and the median runs' JSON reports next to it (gzipped).
set -euo pipefail
cd "$(dirname "$0")/.."
work="$(mktemp -d)"
port=5185
base="http://127.0.0.1:$port"
tools="bench/work/lighthouse"
mkdir -p "$tools"
[ -x "$tools/node_modules/.bin/lighthouse" ] || (cd "$tools" && npm i --silent --no-audit --no-fund lighthouse@12.8.2 >/dev/null)
. bench/stop_app.sh
trap 'stop_app; rm -rf "$work"' EXIT
dotnet publish src/Vetrina.Web -c Release -r linux-x64 --self-contained false -o "$work/app" --nologo -v q >/dev/null
dotnet build-server shutdown >/dev/null 2>&1 || true
ConnectionStrings__Vetrina="Data Source=$work/bench.db" ASPNETCORE_ENVIRONMENT=Production Vetrina__RateLimits__Enabled=false Vetrina__Seed__Demo=true Vetrina__Seed__TrafficDays=0 \
  Vetrina__Media__CacheDirectory="$work/media" Logging__LogLevel__Default=Warning \
  "$work/app/Vetrina.Web" --contentRoot "$work/app" --urls "$base" >"$work/app.log" 2>&1 &
pid=$!
until curl -sf "$base/en" >/dev/null; do sleep 0.2; done
product="$(curl -s "$base/api/v1/styles?lang=en&market=INTL&pageSize=1" | sed -n 's/.*"url":"\([^"]*\)".*/\1/p' | sed "s#^https\?://[^/]*##")"
pages=("home /en" "collection /en/collections/women" "product $product")
flags="--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run"
lighthouse() { # url, output json
  CHROME_PATH=/usr/bin/chromium "$tools/node_modules/.bin/lighthouse" "$1" --quiet --output=json --output-path="$2" \
    --only-categories=performance,accessibility,best-practices,seo --chrome-flags="$flags" >/dev/null 2>&1
}
summary() { # json → one line of figures
  node -e '
    const r = require(process.argv[1]), c = r.categories, a = r.audits;
    const s = k => Math.round(c[k].score * 100);
    console.log(`performance ${s("performance")}  accessibility ${s("accessibility")}  best-practices ${s("best-practices")}  seo ${s("seo")}  ` +
      `LCP ${(a["largest-contentful-paint"].numericValue / 1000).toFixed(2)} s  CLS ${a["cumulative-layout-shift"].numericValue.toFixed(3)}  ` +
      `TBT ${Math.round(a["total-blocking-time"].numericValue)} ms  FCP ${(a["first-contentful-paint"].numericValue / 1000).toFixed(2)} s  ` +
      `weight ${Math.round(a["total-byte-weight"].numericValue / 1024)} KB in ${a["network-requests"].details.items.length} requests`);
    const failed = Object.values(a).filter(x => x.score !== null && x.score < 1 && ["binary", "numeric", "metricSavings"].includes(x.scoreDisplayMode) && (x.details?.type !== "debugdata"));
    for (const f of failed.filter(f => f.scoreDisplayMode === "binary")) console.log(`  not passed: ${f.id}`);
  ' "$1"
}
out="bench/results/lighthouse-$(date +%Y-%m-%d).txt"
{
  echo "# Vetrina Lighthouse 12.8.2, mobile (Moto G Power, simulated slow 4G, 4x CPU), $(date -u +%FT%TZ), $(nproc) cores, Release, SQLite, demo seed"
  echo "# median of 3 runs by performance score, after one visit that makes the pictures' resized copies"
  for entry in "${pages[@]}"; do
    name="${entry%% *}"; path="${entry#* }"
    lighthouse "$base$path" "$work/warm.json"
    for run in 1 2 3; do lighthouse "$base$path" "$work/$name-$run.json"; done
    median="$(for run in 1 2 3; do node -e 'console.log(require(process.argv[1]).categories.performance.score, process.argv[2])' "$work/$name-$run.json" "$run"; done | sort -n | sed -n 2p | cut -d' ' -f2)"
    echo "## $name $path"
    summary "$work/$name-$median.json"
    gzip -c "$work/$name-$median.json" > "bench/results/lighthouse-$(date +%Y-%m-%d)-$name.json.gz"
  done
} | tee "$out"
