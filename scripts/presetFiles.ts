/**
 * The presets for Node scripts and benchmarks, read from their .yaml files in the order the studio
 * lists them (tsx cannot load the `?raw` imports src/presets/index.ts uses).
 */
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { BLANK_ENTRY, DOCS_ENTRIES, SAMPLE_ENTRIES, type PresetEntry } from '../src/presets/catalog'

const PRESET_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'presets')

/** Every preset's id and text: blank, docs, docs as published, samples. */
export function readPresets(): { readonly id: string; readonly yaml: string }[] {
  const entries: PresetEntry[] = [
    BLANK_ENTRY,
    ...DOCS_ENTRIES.map(([corrected]) => corrected),
    ...DOCS_ENTRIES.map(([, published]) => published),
    ...SAMPLE_ENTRIES,
  ]
  return entries.map((e) => ({ id: e.id, yaml: readFileSync(join(PRESET_DIR, e.file), 'utf8') }))
}
