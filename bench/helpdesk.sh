#!/usr/bin/env bash
# Customer-service benchmark on PostgreSQL, one app node:
#   - the agent inbox's views and ticket search over 200,000 tickets with 1,000,000 messages (a year of a busy label:
#     five messages a ticket in Italian, Korean and English, words drawn with a long tail as real text has), their
#     search index built as the app builds it;
#   - opening a ticket with its customer's history: orders placed through the real checkout beforehand (parcels,
#     returns, refundable amounts), consents, and 20 earlier emails each;
#   - inbound mail through the signed provider endpoint: messages per second, 4 in 10 answering seeded tickets, 1 in 20
#     with a photo to re-encode.
# Each page is fetched signed in as an agent, 3 times to warm up, then 40 times (spread over several tickets or
# queries); p50, p95 and the slowest are reported. Usage: bench/helpdesk.sh. Writes bench/results/helpdesk-<date>.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
work="$(mktemp -d)"
chmod 755 "$work"
port=5184
base="http://127.0.0.1:$port"
pgbin="$(ls -d /usr/lib/postgresql/*/bin | sort | tail -n 1)"
pgdata="$work/pg"
pgport=55444
tickets=200000
secret="bench-inbound-secret"
mkdir "$pgdata"; chown postgres:postgres "$pgdata"
(cd /tmp && su postgres -c "$pgbin/initdb -D $pgdata -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null")
(cd /tmp && su postgres -c "$pgbin/pg_ctl -D $pgdata -l $pgdata/log -w -t 60 start -o \"-p $pgport -k $pgdata -c listen_addresses=127.0.0.1 -c max_connections=300 -c shared_buffers=512MB -c work_mem=32MB\" >/dev/null")
. bench/stop_app.sh
cleanup() { stop_app; (cd /tmp && su postgres -c "$pgbin/pg_ctl -D $pgdata -m immediate stop" >/dev/null 2>&1) || true; rm -rf "$work"; }
trap cleanup EXIT
psql() { command psql -h 127.0.0.1 -p "$pgport" -U postgres -d vetrina -qAt "$@"; }

dotnet publish src/Vetrina.Web -c Release -r linux-x64 --self-contained false -o "$work/app" --nologo -v q >/dev/null
dotnet build bench/OrderLoad -c Release -o "$work/orders" --nologo -v q >/dev/null
dotnet build bench/MailLoad -c Release -o "$work/mail-load" --nologo -v q >/dev/null
dotnet build-server shutdown >/dev/null 2>&1 || true
email="bench@vetrina.test"; password="bench password for the helpdesk"
Vetrina__Database__Provider=PostgreSql ConnectionStrings__Vetrina="Host=127.0.0.1;Port=$pgport;Username=postgres;Database=vetrina;Maximum Pool Size=100" \
ASPNETCORE_ENVIRONMENT=Production Vetrina__RateLimits__Enabled=false Vetrina__Seed__Demo=true Vetrina__Seed__TrafficDays=0 Logging__LogLevel__Default=Warning Vetrina__Smtp__PickupDirectory="$work/mail" \
Vetrina__Admin__Email="$email" Vetrina__Admin__Password="$password" Vetrina__Helpdesk__InboundSecret="$secret" \
  "$work/app/Vetrina.Web" --contentRoot "$work/app" --urls "$base" >"$work/app.log" 2>&1 &
pid=$!
until curl -sf "$base/readyz" >/dev/null; do sleep 0.2; done

# Real orders for the customers whose tickets are opened below (confirmation emails, parcels to come, payments).
skus="$(psql -c "SELECT k.\"Code\" FROM catalog_skus k JOIN catalog_colourways c ON c.\"Id\" = k.\"ColourwayId\"
  JOIN catalog_styles s ON s.\"Id\" = c.\"StyleId\" WHERE s.\"Lifecycle\" = 'FullPrice' ORDER BY k.\"Id\" LIMIT 20" | paste -sd,)"
psql -c "UPDATE inventory_levels SET \"OnHand\" = \"Reserved\" + 100000 WHERE \"LocationCode\" = 'WH-MI'"
"$work/orders/OrderLoad" orders "$base" "$skus" 15 8 >/dev/null

generated="$(date +%s)"
# Words as tickets use them: Italian, English and two-syllable Korean words (indexed as themselves), then a long tail.
psql -c "CREATE TABLE bench_vocabulary AS SELECT row_number() OVER (ORDER BY k, w) AS n, w FROM (
    SELECT 0 AS k, w FROM unnest(string_to_array('ordine consegna reso rimborso taglia spedizione pacco corriere giacca cappotto gonna camicia colore misura
      cambio pagamento carta fattura order delivery return refund size shipping parcel courier jacket coat skirt shirt colour exchange payment card invoice
      late damaged 주문 배송 반품 환불 교환 사이즈 결제 택배 코트 치마 셔츠 색상 취소 문의 상품 주소', ' ')) AS w WHERE w <> ''
    UNION ALL SELECT 1, 'parola' || g FROM generate_series(1, 5000) g) words;
  CREATE UNIQUE INDEX ON bench_vocabulary (n)"
words="$(psql -c 'SELECT count(*) FROM bench_vocabulary')"
psql -c "INSERT INTO helpdesk_tickets (\"Key\", \"Token\", \"Email\", \"Name\", \"Language\", \"Market\", \"Topic\", \"Channel\", \"OrderNumber\", \"Status\", \"Priority\",
    \"Assignee\", \"CreatedAt\", \"UpdatedAt\", \"FirstResponseAt\", \"SolvedAt\", \"Version\", \"DueAt\", \"SlaPausedSeconds\", \"FirstResponseSeconds\", \"ResolutionSeconds\",
    \"FirstResponseTargetSeconds\", \"ResolutionTargetSeconds\", \"Tags\")
  SELECT 'bench:' || i, substr(encode(sha256(('t' || i)::bytea), 'hex'), 1, 16), 'c' || i || '@example.com', 'Cliente ' || i, (ARRAY['it','ko','en'])[1 + i % 3],
    (ARRAY['IT','KR','INTL'])[1 + i % 3], (ARRAY['Order','Delivery','Returns','Sizes','Payments','Product','Other'])[1 + i % 7],
    (ARRAY['ContactForm','OrderPage','Email'])[1 + i % 3], CASE WHEN i % 2 = 0 THEN 'VT-' || (100000 + i) END, s.status,
    (ARRAY['Low','Normal','Normal','High','Urgent'])[1 + i % 5], CASE WHEN i % 4 = 0 THEN NULL ELSE 'agent' || (i % 20) || '@vetrina.test' END,
    created, created + interval '3 hours', CASE WHEN s.status <> 'New' THEN created + interval '2 hours' END,
    CASE WHEN s.status IN ('Solved','Closed') THEN created + interval '3 hours' END, 3,
    CASE WHEN s.status IN ('New','Open','OnHold') THEN created + interval '8 hours' END, 0,
    CASE WHEN s.status <> 'New' THEN 7200 END, CASE WHEN s.status IN ('Solved','Closed') THEN 10800 END, 28800, 97200,
    CASE WHEN i % 50 = 0 THEN ',vip,' ELSE '' END
  FROM generate_series(1, $tickets) i, LATERAL (SELECT now() - make_interval(mins => i * 5 / 2) AS created) c,
    LATERAL (SELECT CASE WHEN i > 12000 THEN (ARRAY['Solved','Closed'])[1 + i % 2]
      ELSE (ARRAY['New','Open','PendingCustomer','OnHold','Solved'])[1 + i % 5] END AS status) s"
# Twelve words a message, the first ones of the vocabulary far more often than the tail (random()^3).
psql -c "INSERT INTO helpdesk_messages (\"TicketId\", \"Author\", \"AuthorName\", \"Text\", \"At\", \"Indexed\")
  SELECT t.\"Id\", (ARRAY['Customer','Agent','Customer','Agent','Note'])[m.j], CASE WHEN m.j % 2 = 1 THEN t.\"Name\" ELSE 'agent@vetrina.test' END, m.text,
    t.\"CreatedAt\" + make_interval(mins => m.j * 30), true
  FROM (SELECT p.ticket, p.j, string_agg(v.w, ' ' ORDER BY p.k) AS text
        FROM (SELECT t.\"Id\" AS ticket, j, k, 1 + floor($words * random() ^ 3)::int AS n
              FROM helpdesk_tickets t, generate_series(1, 5) j, generate_series(1, 12) k) p
        JOIN bench_vocabulary v ON v.n = p.n GROUP BY p.ticket, p.j) m
  JOIN helpdesk_tickets t ON t.\"Id\" = m.ticket"
psql -c "INSERT INTO helpdesk_search_terms (\"Term\", \"TicketId\")
  SELECT DISTINCT left(w, 32), m.\"TicketId\" FROM helpdesk_messages m, regexp_split_to_table(m.\"Text\", ' ') w WHERE w <> ''"
# The customers with orders get the first tickets, and a history of 20 earlier emails each.
psql -c "WITH buyers AS (SELECT \"Email\", row_number() OVER (ORDER BY min(\"Id\")) AS n FROM orders_orders GROUP BY \"Email\" LIMIT 100)
  UPDATE helpdesk_tickets t SET \"Email\" = b.\"Email\" FROM buyers b WHERE t.\"Id\" = b.n"
psql -c "INSERT INTO messaging_outbox (\"Reference\", \"Recipient\", \"Subject\", \"TextBody\", \"HtmlBody\", \"Language\", \"CreatedAt\", \"DueAt\", \"Attempts\", \"SentAt\")
  SELECT 'bench:' || t.\"Id\" || ':' || k, t.\"Email\", 'Earlier email ' || k, 'text', '<p>html</p>', 'en', now() - make_interval(days => k), now() - make_interval(days => k), 1,
    now() - make_interval(days => k)
  FROM helpdesk_tickets t, generate_series(1, 20) k WHERE t.\"Id\" <= 100"
psql -c "ANALYZE"
generated=$(( $(date +%s) - generated ))

jar="$work/cookies"
token="$(curl -s -c "$jar" "$base/admin/sign-in" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')"
curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "Email=$email" --data-urlencode "Password=$password" --data-urlencode "__RequestVerificationToken=$token" "$base/admin/sign-in"

# time_pages URL...: each URL warmed 3 times, then the list fetched round-robin to 40 samples.
time_pages() {
  for url in "$@"; do
    for _ in 1 2 3; do curl -s -b "$jar" -o /dev/null "$base$url"; done
    status="$(curl -s -b "$jar" -o /dev/null -w '%{http_code}' "$base$url")"
    [ "$status" = 200 ] || { echo "$url answered $status"; return; }
  done
  for i in $(seq 0 39); do
    local urls=("$@"); curl -s -b "$jar" -o /dev/null -w '%{time_total}\n' "$base${urls[$(( i % ${#urls[@]} ))]}"
  done | sort -n | awk '{t[NR]=$1*1000} END {printf "p50 %.0f ms  p95 %.0f ms  slowest %.0f ms\n", t[20], t[38], t[40]}'
  # Each address's own median of 5, to see which one costs.
  for url in "$@"; do
    printf '  %s: ' "$url"
    for _ in 1 2 3 4 5; do curl -s -b "$jar" -o /dev/null -w '%{time_total}\n' "$base$url"; done | sort -n | awk 'NR==3 {printf "%.0f ms\n", $1*1000}'
  done
}

out="bench/results/helpdesk-$(date +%Y-%m-%d).txt"
{
  echo "# Vetrina customer-service benchmark, $(date -u +%FT%TZ), $(nproc) cores, PostgreSQL $("$pgbin/postgres" --version | awk '{print $3}'), one app node"
  echo "$(psql -c 'SELECT count(*) FROM helpdesk_tickets') tickets, $(psql -c 'SELECT count(*) FROM helpdesk_messages') messages, $(psql -c 'SELECT count(*) FROM helpdesk_search_terms') index rows; $(psql -c 'SELECT count(*) FROM orders_orders') orders; generated in ${generated} s"
  echo
  echo "## inbox views (open, unassigned, waiting on the customer, breaching, solved; a tag)"
  time_pages "/admin/service?view=Open" "/admin/service?view=Unassigned" "/admin/service?view=WaitingOnCustomer" "/admin/service?view=Breaching" \
    "/admin/service?view=Solved" "/admin/service?view=Open&tag=vip"
  echo "## search: a common word, a rare one, two words, Korean, an email, an order number, a ticket number"
  time_pages "/admin/service?q=rimborso" "/admin/service?q=parola4800" "/admin/service?q=refund%20jacket" "/admin/service?q=%ED%99%98%EB%B6%88" \
    "/admin/service?q=c150001%40example.com" "/admin/service?q=VT-250000" "/admin/service?q=T-51000"
  echo "## open a ticket with its customer's orders, consents and 20 emails"
  time_pages $(for i in 1 7 13 19 25 31 37 43 49 55; do echo "/admin/service/T-$(( 1000 + i ))"; done)
  echo "## service report over a year"
  time_pages "/admin/service/report?from=$(date -d '364 days ago' +%F)&to=$(date +%F)"
  echo "## inbound mail: 3,000 signed messages, 16 at a time"
  "$work/mail-load/MailLoad" "$base" "$secret" 3000 16 "$tickets"
} | tee "$out"
