/** A starting point the studio offers: our own rendition of a docs example or operator sample. */
import type { LocalizedText } from '../model/types'

export type PresetGroup = 'blank' | 'docs' | 'docs-original' | 'samples'

export interface Preset {
  /** Stable kebab-case id (used in URLs, the CLI and tests). */
  readonly id: string
  readonly group: PresetGroup
  readonly title: LocalizedText
  readonly description: LocalizedText
  /** The YAML text, comments included. */
  readonly yaml: string
}
