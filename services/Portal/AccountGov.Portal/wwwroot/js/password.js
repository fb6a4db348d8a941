// The store-a-password form: a generator (the browser's own CSPRNG) and a strength hint from length and variety.
const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#%+-=?@_'

export function generate (length = 20) {
  const bytes = crypto.getRandomValues(new Uint32Array(length))
  return Array.from(bytes, b => alphabet[b % alphabet.length]).join('')
}

export function strength (password) {
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter(r => r.test(password)).length
  const bits = password.length * Math.log2([0, 26, 52, 62, 94][classes] || 1)
  if (password.length === 0) return ''
  if (bits < 50) return 'Weak: use at least 16 characters, or the generator.'
  if (bits < 80) return 'Fair: longer is stronger.'
  return 'Strong.'
}

export function initPasswordHelp () {
  for (const button of document.querySelectorAll('[data-generate]')) {
    const input = document.getElementById(button.dataset.generate)
    const hint = document.getElementById(button.dataset.generate + '-strength')
    const update = () => { if (hint) hint.textContent = strength(input.value) }
    button.hidden = false
    button.addEventListener('click', () => {
      input.value = generate()
      input.type = 'text'
      update()
    })
    input.addEventListener('input', update)
  }
}
