/* Tells the server this agent has the ticket open, and whether they are writing an answer, every 15 s and when they start
   typing; shows who else is on the ticket in a polite live region. Without scripts the page still says it on load. */
(function () {
  var box = document.getElementById('collision');
  var draft = document.getElementById('reply-text');
  if (!box || !draft) return;
  var token = document.querySelector('input[name=__RequestVerificationToken]');
  var url = box.getAttribute('data-presence');
  var beat = function () {
    var body = new URLSearchParams({ replying: draft.value.trim() ? 'true' : 'false' });
    if (token) body.append('__RequestVerificationToken', token.value);
    fetch(url, { method: 'POST', body: body, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (state) { if (state) box.textContent = state.others || ''; })
      .catch(function () { });
  };
  var quiet = true;
  draft.addEventListener('input', function () {
    if (!quiet) return;
    quiet = false;
    beat();
    setTimeout(function () { quiet = true; }, 10000);
  });
  setInterval(beat, 15000);
})();
