// Progressive enhancement only: every page works without this file.
import { initAll } from '/nhsuk-frontend/nhsuk-frontend.min.js'
import { initSecrets } from '/js/secrets.js'
import { initPasswordHelp } from '/js/password.js'
import { initBatchProgress } from '/js/batch.js'

document.body.classList.add('js-enabled', 'nhsuk-frontend-supported')
initAll()
initSecrets()
initPasswordHelp()
initBatchProgress()
