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

interface PreferenceSelectProps<V extends string> {
  readonly glyph: string
  readonly label: string
  readonly value: V
  readonly options: readonly { value: V; label: string; lang?: string }[]
  readonly onChange: (value: V) => void
}

/** One labelled select with its glyph (the label is for assistive tech; the glyph is decoration). */
function PreferenceSelect<V extends string>({
  glyph,
  label,
  value,
  options,
  onChange,
}: PreferenceSelectProps<V>) {
  const id = useId()
  return (
    <>
      <span className="preferences__glyph" aria-hidden="true">
        {glyph}
      </span>
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <select id={id} title={label} value={value} onChange={(e) => onChange(e.target.value as V)}>
        {options.map((o) => (
          <option key={o.value} value={o.value} lang={o.lang}>
            {o.label}
          </option>
        ))}
      </select>
    </>
  )
}

export function PreferenceSelects() {
  const t = useMessages(headerMessages)
  const theme = useStudioStore((s) => s.theme)
  const lang = useStudioStore((s) => s.lang)
  const setTheme = useStudioStore((s) => s.setTheme)
  const setLang = useStudioStore((s) => s.setLang)
  return (
    <div className="preferences">
      <PreferenceSelect
        glyph="◐"
        label={t.theme}
        value={theme}
        options={THEMES.map((value) => ({ value, label: t[THEME_LABEL[value]] }))}
        onChange={setTheme}
      />
      <PreferenceSelect
        glyph="文A"
        label={t.language}
        value={lang}
        options={LANGS.map(({ value, label }) => ({ value, label, lang: value }))}
        onChange={setLang}
      />
    </div>
  )
}
