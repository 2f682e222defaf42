import { describe, expect, it } from 'vitest'
import withSecret from '../test/fixtures/withSecret.yaml?raw'
import { ALL_RULES } from '../rules'
import { deriveDocument } from './deriveDocument'
import { createDocumentCache } from './documentCache'

describe('per-document memo in deriveDocument', () => {
  it("re-checks only the edited document and places the others' findings where they moved", () => {
    const parts = withSecret.split(/^---$/m)
    expect(parts.length).toBeGreaterThan(1)
    const cache = createDocumentCache()
    deriveDocument(withSecret, { cache })
    // Only comments: the Secret's value is unchanged, so the Milvus document that reads it is reused.
    const grown = (parts[0] as string).replace(
      'stringData:',
      '# lines that move\n# every later line down\nstringData:',
    )
    const edited = [grown, ...parts.slice(1)].join('---')
    const before = cache.stats()
    const memo = deriveDocument(edited, { cache })
    expect(cache.stats().reused - before.reused).toBe(parts.length - 1)
    expect(cache.stats().checked - before.checked).toBe(1)
    // A new rules array is a different identity: nothing is reused, everything is computed afresh.
    const fresh = deriveDocument(edited, { rules: [...ALL_RULES], cache })
    expect(memo.documents).toEqual(fresh.documents)
    expect(memo.findings).toEqual(fresh.findings)
    expect(memo.findings.some((f) => f.range !== undefined)).toBe(true)
  })

  it('re-checks a Milvus document when a Secret it may read changes', () => {
    const parts = withSecret.split(/^---$/m)
    const cache = createDocumentCache()
    deriveDocument(withSecret, { cache })
    const changed = [
      (parts[0] as string).replace('username: milvus', 'user: milvus'),
      ...parts.slice(1),
    ].join('---')
    const before = cache.stats()
    const derived = deriveDocument(changed, { cache })
    expect(cache.stats().reused - before.reused).toBe(0)
    expect(derived.findings.map((f) => f.rule)).toContain('secret-keys-missing')
  })

  it('does not reuse across rule sets or baselines', () => {
    const cache = createDocumentCache()
    deriveDocument(withSecret, { rules: [], cache })
    deriveDocument(withSecret, { rules: [], cache })
    expect(cache.stats().reused).toBe(0)
    expect(cache.stats().checked).toBeGreaterThan(0)
  })
})
