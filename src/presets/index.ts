// Public API of the presets (owned by the exports work).
export type { Preset, PresetGroup } from './types'
import type { Preset } from './types'
import { BLANK_PRESET } from './blank'
export { BLANK_PRESET } from './blank'
import { DOCS_PRESETS } from './docsPresets'
import { ORIGINAL_PRESETS } from './originalPresets'
import { SAMPLE_MQ_PRESETS } from './samplePresetsMq'
import { SAMPLE_DEPS_PRESETS } from './samplePresetsDeps'

/** Every preset, in the order the studio lists them: blank, docs, docs as published, samples. */
export const PRESETS: readonly Preset[] = [
  BLANK_PRESET,
  ...DOCS_PRESETS,
  ...ORIGINAL_PRESETS,
  ...SAMPLE_MQ_PRESETS,
  ...SAMPLE_DEPS_PRESETS,
]

/** The preset with this id, if any. */
export function findPreset(id: string): Preset | undefined {
  return PRESETS.find((p) => p.id === id)
}
