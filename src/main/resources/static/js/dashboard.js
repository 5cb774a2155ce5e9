// The dashboard's trend: drawn with Chart.js from the table below it, which stays as the fallback
// (and is shown again with the "table" button) when scripts or the chart library are unavailable.
(function () {
  var canvas = document.getElementById('trend-chart');
  var table = document.getElementById('trend-table');
  if (!canvas || !table || typeof Chart === 'undefined') {
    return;
  }
  var labels = [], reported = [], closed = [];
  table.querySelectorAll('tbody tr').forEach(function (row) {
    var cells = row.querySelectorAll('td, th');
    labels.push(cells[0].textContent.trim());
    reported.push(parseInt(cells[1].textContent, 10) || 0);
    closed.push(parseInt(cells[2].textContent, 10) || 0);
  });
  var heads = table.querySelectorAll('thead th');
  new Chart(canvas, {
    type: 'bar',
    data: {
      labels: labels,
      datasets: [
        { label: heads[1].textContent.trim(), data: reported, backgroundColor: '#b3261e' },
        { label: heads[2].textContent.trim(), data: closed, backgroundColor: '#2e7d32' }
      ]
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
      plugins: { legend: { position: 'bottom' } }
    }
  });
  canvas.parentElement.classList.remove('d-none');
  table.classList.add('d-none');
  var toggle = document.getElementById('trend-toggle');
  if (toggle) {
    toggle.classList.remove('d-none');
    toggle.addEventListener('click', function () { table.classList.toggle('d-none'); });
  }
})();
