#!/usr/bin/env bash
# Email marketing benchmark on PostgreSQL, one Release app node, all on this machine:
#   1. contact import: a 100,000-line CSV through POST /api/v1/email/contacts/import (rows per second)
#   2. a personalised campaign (Liquid: first name, language, four product blocks priced per market) to those 100,000
#      contacts, rendered, DKIM-signed and handed over 4 connections to an SMTP sink on loopback (aiosmtpd, which
#      discards): messages per second from the first to the last, and the app's peak RSS while it sends
#   3. segment counts over 1,000,000 contacts (900,000 more written with SQL): three segments, 11 times each, p50
# Usage: bench/email.sh [contacts] (default 100000). Writes bench/results/email-<date>.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v aiosmtpd >/dev/null || /usr/bin/python3 -c "import aiosmtpd" 2>/dev/null || apt-get install -y -qq python3-aiosmtpd >/dev/null
contacts="${1:-100000}"
work="$(mktemp -d)"
chmod 755 "$work"
port=5182
base="http://127.0.0.1:$port"
smtp=2526
pgbin="$(ls -d /usr/lib/postgresql/*/bin | sort | tail -n 1)"
pgdata="$work/pg"
pgport=55442
mkdir "$pgdata"; chown postgres:postgres "$pgdata"
(cd /tmp && su postgres -c "$pgbin/initdb -D $pgdata -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null")
(cd /tmp && su postgres -c "$pgbin/pg_ctl -D $pgdata -l $pgdata/log -w -t 60 start -o \"-p $pgport -k $pgdata -c listen_addresses=127.0.0.1 -c max_connections=200 -c shared_buffers=512MB\" >/dev/null")
. bench/stop_app.sh
cleanup() { stop_app; kill "${sink:-0}" 2>/dev/null || true; (cd /tmp && su postgres -c "$pgbin/pg_ctl -D $pgdata -m immediate stop" >/dev/null 2>&1) || true; rm -rf "$work"; }
trap cleanup EXIT
psql() { command psql -h 127.0.0.1 -p "$pgport" -U postgres -d vetrina -qAt "$@"; }

/usr/bin/python3 -m aiosmtpd -n -l "127.0.0.1:$smtp" -c aiosmtpd.handlers.Sink >"$work/sink.log" 2>&1 &
sink=$!
openssl genrsa -out "$work/dkim.pem" 2048 2>/dev/null
dotnet publish src/Vetrina.Web -c Release -r linux-x64 --self-contained false -o "$work/app" --nologo -v q >/dev/null
dotnet build-server shutdown >/dev/null 2>&1 || true

start_app() {
  Vetrina__Database__Provider=PostgreSql \
  ConnectionStrings__Vetrina="Host=127.0.0.1;Port=$pgport;Username=postgres;Database=vetrina;Maximum Pool Size=50" \
  ASPNETCORE_ENVIRONMENT=Production Vetrina__RateLimits__Enabled=false Vetrina__Seed__Demo=true Vetrina__Seed__TrafficDays=0 Logging__LogLevel__Default=Warning \
  Vetrina__Smtp__Host=127.0.0.1 Vetrina__Smtp__Port=$smtp Vetrina__Smtp__Security=None Vetrina__Smtp__PollInterval=00:00:01 \
  Vetrina__Email__MaxPerSecond=10000 Vetrina__Email__Connections=4 Vetrina__Email__Dkim__Domain=bench.example Vetrina__Email__Dkim__PrivateKeyFile="$work/dkim.pem" \
    "$work/app/Vetrina.Web" --contentRoot "$work/app" --urls "$base" >"$work/app.log" 2>&1 &
  pid=$!
  until curl -sf "$base/readyz" >/dev/null; do sleep 0.2; done
}
# The demo brand is seeded on a first start; the node measured starts on the seeded database, as production nodes do.
start_app
kill "$pid"; wait "$pid" 2>/dev/null || true
start_app

idle=$(( $(awk '/VmRSS/{print $2}' /proc/"$pid"/status) / 1024 ))
secret="vtr_$(head -c 60 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 40)"
hash="$(printf '%s' "$secret" | sha256sum | cut -d' ' -f1)"
psql -c "INSERT INTO admin_api_tokens (\"Name\", \"Role\", \"Hash\", \"Hint\", \"CreatedBy\", \"CreatedAt\") VALUES ('bench', 'marketing-manager', '$hash', '${secret: -4}', 'bench', now())"
api() { curl -sf -H "Authorization: Bearer $secret" "$@"; }

# The contacts, in the shop's three languages, outside Korea (Korean quiet hours would hold part of the send at night).
/usr/bin/python3 - "$work/contacts.csv" "$contacts" <<'PY'
import sys
names = ["Giulia", "Marco", "Anna", "Luca", "Sofia", "민지", "지훈", "Emma", "James", "Chiara"]
with open(sys.argv[1], "w", encoding="utf-8") as f:
    f.write("email,first_name,last_name,language,country,birthday,consent,consented_at\n")
    for i in range(int(sys.argv[2])):
        lang = ("it", "en", "ko")[i % 3]
        country = ("IT", "US", "DE", "FR")[i % 4]
        f.write(f"c{i:06d}@bench.example,{names[i % 10]},Rossi,{lang},{country},19{70 + i % 30}-0{1 + i % 9}-1{i % 9},subscribed,2026-0{1 + i % 9}-01T10:00:00Z\n")
PY
start=$(date +%s.%N)
import="$(api -H 'Content-Type: text/csv' --data-binary @"$work/contacts.csv" "$base/api/v1/email/contacts/import")"
end=$(date +%s.%N)
import_seconds=$(echo "$end - $start" | bc -l)
after_import=$(( $(awk '/VmRSS/{print $2}' /proc/"$pid"/status) / 1024 ))

styles="$(psql -c "SELECT \"Code\" FROM catalog_styles ORDER BY \"Id\" LIMIT 4" | paste -sd,)"
template="$(api -H 'Content-Type: application/json' -d @- "$base/api/v1/email/templates" <<'JSON' | sed 's/.*"id":\([0-9]*\).*/\1/'
{"name":"Bench","subject":{"en":"{{ contact.first_name }}, the new season is here","it":"{{ contact.first_name }}, è arrivata la nuova stagione","ko":"{{ contact.first_name }}님, 새 시즌이 왔어요"},
 "body":{"en":"<h1>Hello {{ contact.first_name }} {{ contact.last_name }}</h1>{% for product in products %}<p><a href=\"{{ product.url }}\"><img src=\"{{ product.image }}\" alt=\"{{ product.image_alt }}\">{{ product.name }}</a> {{ product.price }}</p>{% endfor %}<p><a href=\"{{ shop.url }}/en\">Shop now</a></p>",
         "it":"<h1>Ciao {{ contact.first_name }}</h1>{% for product in products %}<p><a href=\"{{ product.url }}\">{{ product.name }}</a> {{ product.price }}</p>{% endfor %}<p><a href=\"{{ shop.url }}/it\">Scopri</a></p>",
         "ko":"<h1>{{ contact.first_name }}님 안녕하세요</h1>{% for product in products %}<p><a href=\"{{ product.url }}\">{{ product.name }}</a> {{ product.price }}</p>{% endfor %}<p><a href=\"{{ shop.url }}/ko\">보기</a></p>"}}
JSON
)"
segment="$(api -H 'Content-Type: application/json' -d '{"name":"bench","conditions":[{"field":"email","operator":"ends-with","values":["@bench.example"]}]}' "$base/api/v1/email/segments" | sed 's/.*"id":\([0-9]*\).*/\1/')"
campaign="$(api -H 'Content-Type: application/json' -d "{\"name\":\"Bench\",\"utmCampaign\":\"bench\",\"templateId\":$template,\"segmentId\":$segment,\"products\":\"$styles\"}" "$base/api/v1/email/campaigns" | sed 's/.*"id":\([0-9]*\).*/\1/')"
peak=0
trace=""
tick=0
while [ "$(psql -c "SELECT \"Status\" FROM email_campaigns WHERE \"Id\" = $campaign")" != "5" ]; do
  rss=$(( $(awk '/VmRSS/{print $2}' /proc/"$pid"/status) / 1024 ))
  [ "$rss" -gt "$peak" ] && peak=$rss
  tick=$((tick + 1))
  if [ $((tick % 20)) -eq 0 ]; then trace="$trace $(psql -c "SELECT count(\"SentAt\") FROM email_sends WHERE \"CampaignId\" = $campaign"):${rss}MB"; fi
  sleep 0.5
done
sent="$(psql -c "SELECT count(*), round(count(*) / extract(epoch FROM max(\"SentAt\") - min(\"SentAt\"))::numeric, 0), round(extract(epoch FROM max(\"SentAt\") - min(\"SentAt\"))::numeric, 1) FROM email_sends WHERE \"CampaignId\" = $campaign AND \"SentAt\" IS NOT NULL")"
prepared="$(psql -c "SELECT round(extract(epoch FROM (SELECT min(\"SentAt\") FROM email_sends WHERE \"CampaignId\" = $campaign) - \"StartedAt\")::numeric, 1) FROM email_campaigns WHERE \"Id\" = $campaign")"

# 900,000 more contacts, spread over countries, consent, orders and RFM groups as a shop's list would be.
psql -c "INSERT INTO email_contacts (\"Email\", \"FirstName\", \"Language\", \"Country\", \"TimeZone\", \"Source\", \"CreatedAt\", \"UpdatedAt\", \"Consent\", \"ConsentedAt\",
  \"NightConsent\", \"OrderCount\", \"RevenueEurMinor\", \"LastOrderAt\", \"Rfm\", \"RfmSegment\")
  SELECT 'm' || g || '@list.example', 'Name', (ARRAY['it','en','ko'])[1 + g % 3], (ARRAY['IT','KR','US','DE','FR','KR'])[1 + g % 6], 'Europe/Rome', 'import',
    now() - (g % 700) * interval '1 day', now(), (ARRAY[0,2,2,2,3,4])[1 + g % 6], now() - (g % 900) * interval '1 day', false, g % 7, (g % 7) * 8900,
    CASE WHEN g % 7 = 0 THEN NULL ELSE now() - (g % 400) * interval '1 day' END,
    CASE WHEN g % 7 = 0 THEN NULL ELSE '345' END,
    CASE WHEN g % 7 = 0 THEN NULL ELSE (ARRAY['champions','loyal','potential-loyalists','new','promising','needs-attention','at-risk','cant-lose','hibernating'])[1 + g % 9] END
  FROM generate_series(1, 900000) g; ANALYZE email_contacts;"
count() {
  local body="$1" times=()
  for _ in $(seq 11); do
    times+=("$(api -o /dev/null -w '%{time_total}' -H 'Content-Type: application/json' -d "$body" "$base/api/v1/email/segments/count")")
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n 6p | awk '{printf "%.0f ms", $1 * 1000}'
  echo " (matching: $(api -H 'Content-Type: application/json' -d "$body" "$base/api/v1/email/segments/count" | sed 's/.*"count":\([0-9]*\).*/\1/'))"
}

out="bench/results/email-$(date +%Y-%m-%d).txt"
{
  echo "# Vetrina email marketing benchmark, $(date -u +%FT%TZ), $(nproc) cores, PostgreSQL $("$pgbin/postgres" --version | awk '{print $3}'), one app node, aiosmtpd sink on loopback"
  echo
  echo "## contact import, $contacts lines (all subscribed, each with its consent proof)"
  echo "$import"
  echo "seconds: $import_seconds, rows/s: $(echo "$contacts / $import_seconds" | bc)"
  echo "app RSS: $idle MB idle after start on the seeded database (demo catalogue, search index), $after_import MB after the import"
  echo
  echo "## personalised campaign to $contacts contacts (Liquid, 4 product blocks, DKIM, 4 SMTP connections)"
  echo "recipients written down before the first email (s): $prepared"
  echo "sent | messages/s first to last | seconds: $sent"
  echo "app peak RSS while sending: $peak MB (sent:RSS every 10 s:$trace)"
  echo
  echo "## segment counts over $(psql -c "SELECT count(*) FROM email_contacts") contacts, p50 of 11"
  echo -n "Korean subscribers with an order, champions/loyal/at-risk: "
  count '{"conditions":[{"field":"country","operator":"in","values":["KR"]},{"field":"consent","operator":"in","values":["subscribed"]},{"field":"orders","operator":"at-least","values":["1"]},{"field":"rfm","operator":"in","values":["champions","loyal","at-risk"]}]}'
  echo -n "lapsed buyers (last order 180+ days ago) in Italy or Germany, signed up over a year ago: "
  count '{"conditions":[{"field":"country","operator":"in","values":["IT","DE"]},{"field":"last-order","operator":"before-days","values":["180"]},{"field":"signed-up","operator":"before-days","values":["365"]}]}'
  echo -n "everyone not unsubscribed who spent at least 200 EUR: "
  count '{"conditions":[{"field":"consent","operator":"not-in","values":["unsubscribed"]},{"field":"revenue","operator":"at-least","values":["200"]}]}'
} | tee "$out"
