/* Vetrina's first-party tracking: GA4 event names, batched to /t/collect with sendBeacon. No cookie is read or set
   here; the collector decides from the visitor's consent whether the visit is counted with a cookie or cookielessly. */
(function (w, d, n) {
  var queue = [], timer, shown = Date.now(), visible = 0, script = d.currentScript;
  var market = script && script.getAttribute('data-market'), language = d.documentElement.lang;

  function send() {
    clearTimeout(timer);
    while (queue.length) {
      var body = JSON.stringify({ events: queue.splice(0, 25) });
      if (!(n.sendBeacon && n.sendBeacon('/t/collect', body))) {
        fetch('/t/collect', { method: 'POST', body: body, keepalive: true, credentials: 'same-origin' });
      }
    }
  }

  function track(name, params) {
    params = params || {};
    params.page_location = params.page_location || location.href;
    params.language = language;
    if (market) params.market = market;
    queue.push({ name: name, timestamp_micros: Date.now() * 1000, params: params });
    // What a page tracks in one go (its view and what it declares) leaves in one request, at once: a shopper who moves
    // on a moment later must not take the events along.
    clearTimeout(timer);
    timer = setTimeout(send, 0);
  }

  function engaged() {
    if (shown) visible += Date.now() - shown;
    shown = 0;
    if (visible > 0) track('user_engagement', { engagement_time_msec: visible });
    visible = 0;
    send();
  }

  w.vetrina = track;
  track('page_view', { page_title: d.title.slice(0, 100), page_referrer: d.referrer });
  [].forEach.call(d.querySelectorAll('script[type="application/vetrina+json"]'), function (el) {
    try { var e = JSON.parse(el.textContent); track(e.name, e.params); } catch (_) { /* a page's own mistake must not stop the rest */ }
  });
  d.addEventListener('submit', function (e) {
    var form = e.target, name = form.getAttribute('data-vt');
    if (!name) return;
    var params = JSON.parse(form.getAttribute('data-vt-params') || '{}');
    track(name, params);
    send();
  }, true);
  d.addEventListener('visibilitychange', function () {
    if (d.visibilityState === 'hidden') engaged(); else shown = Date.now();
  });
  w.addEventListener('pagehide', engaged);
})(window, document, navigator);
