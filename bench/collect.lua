-- wrk script: every request posts a batch of page views and product views to /t/collect, as an integration batching
-- GA4 Measurement Protocol events would (EVENTS per request, default 25, the most GA4 takes).
dofile("bench/percentiles.lua")
local events = tonumber(os.getenv("EVENTS") or "25")
local items = {}
for i = 1, events do
  if i % 3 == 0 then
    items[i] = string.format('{"name":"view_item","params":{"page_location":"https://shop.example/it/products/style-%d?utm_source=google&utm_medium=cpc&utm_campaign=fw26","currency":"EUR","value":390,"items":[{"item_id":"VT-%d","item_variant":"M","price":390,"quantity":1}],"market":"IT","language":"it"}}', i, i)
  else
    items[i] = string.format('{"name":"page_view","params":{"page_location":"https://shop.example/it/collections/donna?page=%d","page_referrer":"https://www.google.it/","engagement_time_msec":%d,"market":"IT","language":"it"}}', i, i * 100)
  end
end
wrk.method = "POST"
wrk.headers["Content-Type"] = "text/plain;charset=UTF-8"
wrk.headers["User-Agent"] = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36"
wrk.body = '{"events":[' .. table.concat(items, ",") .. ']}'
