#!/usr/bin/env bash
# Dashboard benchmark on PostgreSQL: how long the back office's analytics pages take over a year of a busy shop.
#   - the overview over 12 months: every KPI, the comparison year, the daily charts, a breakdown and the funnel, read from
#     the daily rollups. The rollups are generated with the shape and sums a year of 50 million events would give (6.25
#     million sessions over 5 market-languages × 11 channels × 4 devices a day, and 410 campaign, source, landing-page and
#     country values a market a day), for two years so that the comparison year is as full as the year shown; each row
#     carries its visitors and buyers as sketches of random fingerprints, and so does each market's, language's, channel's
#     and device's reach per day and per month (distinct users are merged from them, so users over the year are millions and
#     estimated); the overview never reads raw events, so those are not generated.
#   - cart and checkout abandonment per bag: a bag for every 8 sessions or so, summed from the rollups, and the last
#     8 days' bags (whose windows may be open) read one by one.
#   - the raw funnel: 1 million sessions in 30 days, counted from the sessions table (a campaign with a device filter,
#     which the rollups cannot answer).
# Each page is fetched signed in, 3 times to warm up, then 20 times; p50, p95 and the slowest are reported.
# Usage: bench/dashboards.sh. Writes bench/results/dashboards-<date>.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
work="$(mktemp -d)"
chmod 755 "$work"
port=5183
base="http://127.0.0.1:$port"
pgbin="$(ls -d /usr/lib/postgresql/*/bin | sort | tail -n 1)"
pgdata="$work/pg"
pgport=55443
mkdir "$pgdata"; chown postgres:postgres "$pgdata"
(cd /tmp && su postgres -c "$pgbin/initdb -D $pgdata -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null")
(cd /tmp && su postgres -c "$pgbin/pg_ctl -D $pgdata -l $pgdata/log -w -t 60 start -o \"-p $pgport -k $pgdata -c listen_addresses=127.0.0.1 -c max_connections=300 -c shared_buffers=512MB -c work_mem=32MB\" >/dev/null")
. bench/stop_app.sh
cleanup() { stop_app; (cd /tmp && su postgres -c "$pgbin/pg_ctl -D $pgdata -m immediate stop" >/dev/null 2>&1) || true; rm -rf "$work"; }
trap cleanup EXIT
psql() { command psql -h 127.0.0.1 -p "$pgport" -U postgres -d vetrina -qAt "$@"; }

dotnet publish src/Vetrina.Web -c Release -r linux-x64 --self-contained false -o "$work/app" --nologo -v q >/dev/null
dotnet build-server shutdown >/dev/null 2>&1 || true
email="bench@vetrina.test"; password="bench password for dashboards"
Vetrina__Database__Provider=PostgreSql ConnectionStrings__Vetrina="Host=127.0.0.1;Port=$pgport;Username=postgres;Database=vetrina" \
ASPNETCORE_ENVIRONMENT=Production Vetrina__RateLimits__Enabled=false Vetrina__Seed__Demo=true Vetrina__Seed__TrafficDays=0 Logging__LogLevel__Default=Warning Vetrina__Smtp__PickupDirectory="$work/mail" \
Vetrina__Admin__Email="$email" Vetrina__Admin__Password="$password" \
  "$work/app/Vetrina.Web" --contentRoot "$work/app" --urls "$base" >"$work/app.log" 2>&1 &
pid=$!
until curl -sf "$base/readyz" >/dev/null; do sleep 0.2; done

measures='"Sessions","EngagedSessions","Users","NewUsers","PurchaseUsers","PageViews","DurationSeconds","ViewItemSessions","CartSessions","CheckoutSessions","PaymentSessions","PurchaseSessions","Bags","BagsOrdered","Checkouts","CheckoutsOrdered","FunnelCarted","FunnelCheckedOut","FunnelPaying","FunnelBought","Orders","Cancellations","RevenueMinor","RefundsMinor"'
values='s, (s*0.6)::int, (s*0.9)::int, (s*0.5)::int, (s*0.02)::int, s*4, s*120, (s*0.6)::int, (s*0.1)::int, (s*0.05)::int, (s*0.04)::int, (s*0.02)::int, (s*0.12)::int, (s*0.036)::int, (s*0.05)::int, (s*0.03)::int, (s*0.08)::int, (s*0.045)::int, (s*0.035)::int, (s*0.02)::int, (s*0.02)::int, 0, (s*0.02)::int * 15000, (s*0.002)::int * 15000'
# A row's visitors as the app stores them: 1, then one big-endian 32-bit fingerprint each.
sketch() { echo "(SELECT '\\x01'::bytea || coalesce(string_agg(int4send((random() * 4294967295 - 2147483648)::bigint::int4), ''::bytea), ''::bytea) FROM generate_series(1, $1))"; }
measures="$measures"',"Visitors","Buyers"'
values="$values, $(sketch '(s*0.9)::int'), $(sketch '(s*0.02)::int')"
generated="$(date +%s)"
psql -c "INSERT INTO analytics_daily (\"Day\", \"Market\", \"Language\", \"Channel\", \"Device\", $measures)
  SELECT day, m.market, m.lang, c, d, $values
  FROM generate_series(current_date - 730, current_date - 1, interval '1 day') day,
       (VALUES ('IT','it'),('IT','en'),('KR','ko'),('KR','en'),('INTL','en')) m(market, lang), generate_series(0, 10) c, generate_series(0, 3) d,
       LATERAL (SELECT (40 + random() * 80 + c * 0 + d * 0)::int AS s) x"
psql -c "INSERT INTO analytics_daily_breakdowns (\"Day\", \"Market\", \"Dimension\", \"Value\", $measures)
  SELECT day, market, dim, CASE dim WHEN 0 THEN 'source' || v || ' / medium' WHEN 1 THEN 'campaign-' || v WHEN 2 THEN '/it/products/style-' || v ELSE 'C' || v END, $values
  FROM generate_series(current_date - 365, current_date - 1, interval '1 day') day, (VALUES ('IT'),('KR'),('INTL')) m(market),
       (VALUES (0, 40), (1, 30), (2, 300), (3, 40)) dims(dim, n), LATERAL generate_series(1, n) v, LATERAL (SELECT (5 + random() * 40 + v * 0)::int AS s) x"
# Each slice's reach per day is the union of its cells' (their fingerprints never repeat here), and per month a full register
# set; the app's own rows (today's and yesterday's, which it builds at start) stay.
psql -c "INSERT INTO analytics_daily_reach (\"Day\", \"Grouping\", \"Value\", \"Users\", \"PurchaseUsers\", \"Visitors\", \"Buyers\")
  SELECT \"Day\", g, v, sum(\"Users\"), sum(\"PurchaseUsers\"), '\\x01'::bytea || string_agg(substring(\"Visitors\" from 2), ''::bytea),
    '\\x01'::bytea || string_agg(substring(\"Buyers\" from 2), ''::bytea)
  FROM analytics_daily, LATERAL (VALUES (0, ''), (1, \"Market\"), (2, \"Language\"),
    (3, (ARRAY['Direct','OrganicSearch','PaidSearch','OrganicSocial','PaidSocial','Email','Affiliates','Referral','Display','PaidOther','Unassigned'])[\"Channel\" + 1]),
    (4, (ARRAY['Desktop','Mobile','Tablet','Unknown'])[\"Device\" + 1])) gv(g, v)
  GROUP BY \"Day\", g, v
  ON CONFLICT DO NOTHING"
psql -c "WITH registers AS (SELECT '\\x02'::bytea || string_agg(set_byte('\\x00'::bytea, 0, least(17, 2 + floor(-ln(1 - random()) / ln(2))::int)), ''::bytea) AS b
    FROM generate_series(1, 65536))
  INSERT INTO analytics_monthly_reach (\"Month\", \"Grouping\", \"Value\", \"Users\", \"PurchaseUsers\", \"Visitors\", \"Buyers\")
  SELECT date_trunc('month', \"Day\")::date, \"Grouping\", \"Value\", sum(\"Users\"), sum(\"PurchaseUsers\"), (SELECT b FROM registers), (SELECT b FROM registers)
  FROM analytics_daily_reach GROUP BY 1, 2, 3
  ON CONFLICT DO NOTHING"
psql -c "INSERT INTO analytics_sessions (\"Day\", \"VisitorId\", \"VisitorKind\", \"StartedAt\", \"EndedAt\", \"Landing\", \"Channel\", \"Source\", \"Medium\", \"Campaign\",
    \"Device\", \"Country\", \"Language\", \"Market\", \"PageViews\", \"Events\", \"Engaged\", \"NewUser\", \"Steps\", \"Orders\", \"RevenueMinor\")
  SELECT current_date - 1 - (i % 30), gen_random_uuid(), i % 2, now() - make_interval(days => i % 30), now() - make_interval(days => i % 30) + interval '3 minutes',
    '/it', i % 11, 'google', 'cpc', 'bench', i % 4, 'IT', 'it', 'IT', 1 + i % 5, 3 + i % 9, i % 3 > 0, i % 4 = 0,
    CASE WHEN i % 100 < 40 THEN 0 WHEN i % 100 < 85 THEN 1 WHEN i % 100 < 92 THEN 3 WHEN i % 100 < 95 THEN 7 WHEN i % 100 < 97 THEN 23 ELSE 55 END,
    CASE WHEN i % 100 >= 97 THEN 1 ELSE 0 END, CASE WHEN i % 100 >= 97 THEN 15000 ELSE 0 END
  FROM generate_series(1, 1000000) i"
# Bags as the rollups count them (above), and each bag of the last 8 days, whose window may still be open, as a row:
# 1,000 filled and 400 checkouts begun a day (about a bag for every 8 sessions), 30% and 60% of them ordered.
psql -c "INSERT INTO analytics_bags (\"CartId\", \"Stage\", \"Day\", \"At\", \"DecidedAt\", \"Ordered\", \"Market\", \"Language\", \"Channel\", \"Device\", \"Campaign\")
  SELECT md5(day::date::text || '-' || i), stage, day::date, day + make_interval(secs => i * 60), day + make_interval(secs => i * 60) + interval '7 days',
    random() < CASE stage WHEN 1 THEN 0.3 ELSE 0.6 END, (ARRAY['IT','KR','INTL'])[1 + i % 3], (ARRAY['it','ko','en'])[1 + i % 3], i % 11, i % 4,
    CASE WHEN i % 5 = 0 THEN 'campaign-' || (i % 30) END
  FROM generate_series(current_date - 8, current_date - 1, interval '1 day') day, (VALUES (1, 1000), (2, 400)) st(stage, n), LATERAL generate_series(1, n) i"
psql -c "ANALYZE"
generated=$(( $(date +%s) - generated ))

jar="$work/cookies"
token="$(curl -s -c "$jar" "$base/admin/sign-in" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')"
curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "Email=$email" --data-urlencode "Password=$password" --data-urlencode "__RequestVerificationToken=$token" "$base/admin/sign-in"

time_page() {
  local url="$1"
  for _ in 1 2 3; do curl -s -b "$jar" -o /dev/null "$base$url"; done
  status="$(curl -s -b "$jar" -o /dev/null -w '%{http_code}' "$base$url")"
  [ "$status" = 200 ] || { echo "$url answered $status"; return; }
  for _ in $(seq 20); do curl -s -b "$jar" -o /dev/null -w '%{time_total}\n' "$base$url"; done | sort -n |
    awk '{t[NR]=$1*1000} END {printf "p50 %.0f ms  p95 %.0f ms  slowest %.0f ms\n", t[10], t[19], t[20]}'
}

year_from="$(date -d '365 days ago' +%F)"; yesterday="$(date -d 'yesterday' +%F)"; month_from="$(date -d '30 days ago' +%F)"
out="bench/results/dashboards-$(date +%Y-%m-%d).txt"
{
  echo "# Vetrina dashboard benchmark, $(date -u +%FT%TZ), $(nproc) cores, PostgreSQL $("$pgbin/postgres" --version | awk '{print $3}'), one app node"
  echo "rollups: $(psql -c 'SELECT count(*) FROM analytics_daily') cube rows ($(psql -c 'SELECT sum("Sessions") FROM analytics_daily') sessions, about 8 events each), $(psql -c 'SELECT count(*) FROM analytics_daily_breakdowns') breakdown rows; $(psql -c 'SELECT count(*) FROM analytics_bags') bag rows; $(psql -c 'SELECT count(*) FROM analytics_sessions') raw sessions; generated in ${generated} s"
  echo
  echo "## overview, 12 months, compared with the year before, by channel"
  time_page "/admin/analytics?from=$year_from&to=$yesterday&compare=year&by=Channel"
  echo "## overview, 12 months, Korea only, by landing page"
  time_page "/admin/analytics?from=$year_from&to=$yesterday&market=KR&by=Landing"
  echo "## overview, 12 months, one campaign"
  time_page "/admin/analytics?from=$year_from&to=$yesterday&campaign=campaign-7&by=Campaign"
  echo "## raw funnel over 1,000,000 sessions (30 days, campaign and language: counted from all the sessions), the whole overview page"
  time_page "/admin/analytics?from=$month_from&to=$yesterday&campaign=bench&language=it&compare=none"
} | tee "$out"
