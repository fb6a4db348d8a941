// Draws each dashboard chart from the table beside it, so the chart can never say other than the table.
/* global Chart */
const colour = '#005eb8' // NHS blue

function draw () {
  for (const figure of document.querySelectorAll('[data-chart]')) {
    const rows = [...figure.querySelectorAll('tbody tr')]
    const canvas = figure.querySelector('canvas')
    canvas.hidden = false
    // eslint-disable-next-line no-new
    new Chart(canvas, {
      type: 'bar',
      data: {
        labels: rows.map(r => r.querySelector('th').textContent),
        datasets: [{ label: figure.dataset.chart, data: rows.map(r => Number(r.querySelector('td').dataset.value)), backgroundColor: colour }]
      },
      options: { animation: false, plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true } } }
    })
  }
}

if (window.Chart) draw()
else window.addEventListener('load', draw)
