/** Theme and language choosers; both persist (see app/state/persistence.ts). */
import { useId } from 'react'
import { useMessages } from '../i18n'
import { useStudioStore } from '../state/store'
import type { Lang, ThemeChoice } from '../state/types'
import { headerMessages } from './messages'

const THEMES: readonly ThemeChoice[] = ['system', 'light', 'dark']
const THEME_LABEL = { system: 'themeSystem', light: 'themeLight', dark: 'themeDark' } as const
/** Each language is named in itself, so a reader of either can find theirs. */
const LANGS: readonly { value: Lang; label: string }[] = [
  { value: 'en', label: 'English' },
  { value: 'ko', label: '한국어' },
]

export function PreferenceSelects() {
  const t = useMessages(headerMessages)
  const theme = useStudioStore((s) => s.theme)
  const lang = useStudioStore((s) => s.lang)
  const setTheme = useStudioStore((s) => s.setTheme)
  const setLang = useStudioStore((s) => s.setLang)
  const themeId = useId()
  const langId = useId()
  return (
    <div className="preferences">
      <span className="preferences__glyph" aria-hidden="true">
        ◐
      </span>
      <label htmlFor={themeId} className="visually-hidden">
        {t.theme}
      </label>
      <select id={themeId} title={t.theme} value={theme} onChange={(e) => setTheme(e.target.value as ThemeChoice)}>
        {THEMES.map((value) => (
          <option key={value} value={value}>
            {t[THEME_LABEL[value]]}
          </option>
        ))}
      </select>
      <span className="preferences__glyph" aria-hidden="true">
        文A
      </span>
      <label htmlFor={langId} className="visually-hidden">
        {t.language}
      </label>
      <select id={langId} title={t.language} value={lang} onChange={(e) => setLang(e.target.value as Lang)}>
        {LANGS.map(({ value, label }) => (
          <option key={value} value={value} lang={value}>
            {label}
          </option>
        ))}
      </select>
    </div>
  )
}
