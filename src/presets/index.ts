// Public API of the presets (owned by the exports work).
export type { Preset, PresetGroup } from './types'
import type { Preset } from './types'
export const PRESETS: readonly Preset[] = []
