/**
 * Tiny i18n: each panel owns a catalogue `{ en: {...}, ko: {...} }` with the same keys, and reads
 * it through useMessages(catalogue), which follows the store's language.
 */
import { useStudioStore } from '../state/store'
import type { Lang } from '../state/types'

export type Catalogue<K extends string> = Record<Lang, Record<K, string>>

/** Declares a catalogue; the type forces both languages to have every key. */
export function defineMessages<K extends string>(catalogue: Catalogue<K>): Catalogue<K> {
  return catalogue
}

/** Returns the active language's messages for a catalogue. */
export function useMessages<K extends string>(catalogue: Catalogue<K>): Record<K, string> {
  const lang = useStudioStore((s) => s.lang)
  return catalogue[lang]
}

/** Fills `{name}` placeholders. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m))
}
