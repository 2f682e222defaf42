/**
 * Applies the language and theme to <html> (lang, data-theme) and keeps them in step with the
 * store and, for the "system" theme and an unchosen language, with the browser.
 */
import { useStudioStore } from './store'
import type { ThemeChoice } from './types'
import { browserLang } from './persistence'

const DARK_QUERY = '(prefers-color-scheme: dark)'

/** The theme actually shown: the choice, or the system's for "system". */
export function resolveTheme(choice: ThemeChoice, systemDark: boolean): 'light' | 'dark' {
  if (choice === 'system') return systemDark ? 'dark' : 'light'
  return choice
}

function systemPrefersDark(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(DARK_QUERY).matches
}

function apply(): void {
  const { lang, theme } = useStudioStore.getState()
  const root = document.documentElement
  root.lang = lang
  root.dataset.theme = resolveTheme(theme, systemPrefersDark())
}

/** Starts applying preferences to the document; returns a stop function. */
export function startDocumentPreferences(): () => void {
  apply()
  const unsubscribe = useStudioStore.subscribe((s, prev) => {
    if (s.lang !== prev.lang || s.theme !== prev.theme) apply()
  })
  const media = typeof window.matchMedia === 'function' ? window.matchMedia(DARK_QUERY) : null
  const onLanguageChange = () => {
    if (!useStudioStore.getState().langChosen) {
      useStudioStore.setState({ lang: browserLang(navigator.languages) })
    }
  }
  media?.addEventListener('change', apply)
  window.addEventListener('languagechange', onLanguageChange)
  return () => {
    unsubscribe()
    media?.removeEventListener('change', apply)
    window.removeEventListener('languagechange', onLanguageChange)
  }
}
