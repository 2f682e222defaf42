/** Each mode's name in prose, in the glossary's words (app/i18n/glossary.ts); `mode:` values stay as written. */
import type { LocalizedText, MilvusMode } from './types'

export const MODE_NAMES: Readonly<Record<MilvusMode, LocalizedText>> = {
  standalone: { en: 'standalone', ko: '스탠드얼론' },
  cluster: { en: 'cluster', ko: '클러스터' },
}
