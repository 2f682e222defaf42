/**
 * The committed catalogues match what the generator makes from ../shared/reference today; when a
 * reference file changes, run `npx tsx scripts/generate-catalogues.ts` and commit the result.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { generateCatalogues } from '../../../scripts/catalogues/generate'
import { HAS_SHARED, readReference, SKIP_REASON } from '../../test/sharedReference'

describe.skipIf(!HAS_SHARED)('generated catalogues', () => {
  const fresh = HAS_SHARED ? generateCatalogues(readReference) : new Map<string, string>()

  it.each([...fresh.keys()])('%s is up to date with ../shared/reference', (name) => {
    const committed = readFileSync(join(process.cwd(), 'src', 'model', 'generated', name), 'utf8')
    expect(committed === fresh.get(name), `${name} is stale: run npx tsx scripts/generate-catalogues.ts`).toBe(true)
  })

  it('names each source file with its sha256', () => {
    for (const text of fresh.values()) expect(text).toMatch(/\.\.\/shared\/reference\/\S+ {2}sha256 [0-9a-f]{64}/)
  })
})

describe.runIf(!HAS_SHARED)('generated catalogues without the reference data', () => {
  it.skip(SKIP_REASON, () => {})
})
