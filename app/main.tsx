/** Entry: restore the saved work and preferences, then render. Nothing heavy loads here. */
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { startPersistence } from './state/persistence'
import { startDocumentPreferences } from './state/preferences'
import { startDeriveWorker } from './state/startDeriveWorker'
import { installTestApi } from './testApi'
import './styles/theme.css'
import './styles/layout.css'
import './styles/findings.css'
import './styles/dialog.css'
import './styles/access.css'

startPersistence()
startDocumentPreferences()
installTestApi(window)

const root = document.getElementById('root')
if (!root) throw new Error('The page has no #root element.')
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
// The form paints from a rules-free read of the first text; the worker (and the rules, which load
// only in it) starts after the first paint and sends the findings.
requestAnimationFrame(() => setTimeout(startDeriveWorker, 0))
