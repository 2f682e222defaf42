/**
 * Writes src/model/generated/* from ../shared/reference (`npx tsx scripts/generate-catalogues.ts`).
 * src/model/generated/catalogues.test.ts fails when the committed files are stale.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { generateCatalogues } from './catalogues/generate'

const reference = new URL('../../shared/reference/', import.meta.url)
const target = new URL('../src/model/generated/', import.meta.url)
for (const [name, text] of generateCatalogues((p) => readFileSync(new URL(p, reference), 'utf8'))) {
  writeFileSync(new URL(name, target), text)
}
