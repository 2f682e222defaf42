/**
 * The presets for the Presets dialog, loaded on first open: their texts are a chunk of their own,
 * so they stay out of the first load (the blank one the studio starts from is imported directly).
 */
import { useEffect, useState } from 'react'
import type { Preset } from '../../src/presets/types'

export type { PresetGroup } from '../../src/presets/types'

let loaded: readonly Preset[] | null = null

function loadPresets(): Promise<readonly Preset[]> {
  return import('../../src/presets').then((m) => (loaded = m.PRESETS))
}

/** Every preset once `wanted` has been true (null until they arrive). */
export function usePresets(wanted: boolean): readonly Preset[] | null {
  const [presets, setPresets] = useState(loaded)
  useEffect(() => {
    if (!wanted || presets) return
    let live = true
    void loadPresets().then((list) => live && setPresets(list))
    return () => {
      live = false
    }
  }, [wanted, presets])
  return presets
}
