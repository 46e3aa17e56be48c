/* Draws the dashboards' charts with the vendored Chart.js from the data each page embeds next to its canvas; the same
   figures are in the table under each chart, for screen readers and for copying. */
(function () {
  var palette = ['#8a1c2b', '#0b57d0', '#1e6b34', '#b26a00', '#6b3fa0', '#00796b', '#595959', '#c2185b', '#455a64', '#8d6e63', '#9e9d24'];
  var still = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
    var source = document.getElementById(canvas.getAttribute('data-chart'));
    if (!source || !window.Chart) return;
    var spec = JSON.parse(source.textContent);
    spec.datasets.forEach(function (set, i) {
      var colour = palette[i % palette.length];
      set.borderColor = colour;
      set.backgroundColor = spec.type === 'bar' ? colour : colour + '22';
      set.borderDash = set.comparison ? [6, 4] : undefined;
      set.pointRadius = spec.labels.length > 60 ? 0 : 2;
      set.tension = 0.2;
    });
    new window.Chart(canvas, {
      type: spec.type,
      data: { labels: spec.labels, datasets: spec.datasets },
      options: {
        animation: still ? false : undefined,
        maintainAspectRatio: false,
        indexAxis: spec.horizontal ? 'y' : 'x',
        interaction: { mode: 'index', intersect: false },
        scales: { y: { beginAtZero: true, stacked: !!spec.stacked }, x: { stacked: !!spec.stacked } },
        plugins: { legend: { position: 'bottom' } }
      }
    });
  });
})();
