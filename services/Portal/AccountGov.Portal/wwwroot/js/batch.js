// An HR file being applied: poll its progress every 2 seconds and show the report (reload) once it is done.
export function initBatchProgress () {
  const box = document.querySelector('[data-batch-progress]')
  if (!box) return
  const text = box.querySelector('[data-progress-text]')
  const bar = box.querySelector('progress')
  const poll = async () => {
    const response = await fetch(box.dataset.batchProgress, { headers: { accept: 'application/json' } })
    if (response.ok) {
      const p = await response.json()
      if (p.status === 'Completed') { window.location.reload(); return }
      bar.max = Math.max(1, p.accepted)
      bar.value = p.processed
      text.textContent = `Applying the file: ${p.processed} of ${p.accepted} valid rows applied so far (${p.total} rows read).`
    }
    setTimeout(poll, 2000)
  }
  setTimeout(poll, 2000)
}
