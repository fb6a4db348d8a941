// A revealed credential: Show and Copy buttons, and the whole secret removed from the page after data-hide-after
// seconds (and when the page is left), so it does not stay on an unattended screen or in the back-forward cache.
export function initSecrets () {
  const revealed = document.querySelector('[data-revealed]')
  if (!revealed) return
  for (const button of revealed.querySelectorAll('[data-show]')) {
    button.hidden = false
    button.addEventListener('click', () => {
      const input = document.getElementById(button.dataset.show)
      const show = input.type === 'password'
      input.type = show ? 'text' : 'password'
      button.firstChild.textContent = show ? 'Hide' : 'Show'
    })
  }
  for (const button of revealed.querySelectorAll('[data-copy]')) {
    button.hidden = false
    button.addEventListener('click', async () => {
      await navigator.clipboard.writeText(document.getElementById(button.dataset.copy).value)
      button.firstChild.textContent = 'Copied'
    })
  }
  const hide = () => {
    if (!revealed.isConnected) return
    revealed.remove()
    const notice = document.querySelector('[data-hidden-notice]')
    if (notice) notice.hidden = false
  }
  setTimeout(hide, Number(revealed.dataset.hideAfter || 30) * 1000)
  window.addEventListener('pagehide', hide)
}
