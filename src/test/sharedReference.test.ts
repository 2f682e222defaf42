import { describe, expect, it } from 'vitest'
import { HAS_SHARED, SKIP_REASON, listSamples, seedExamples } from './sharedReference'

describe.skipIf(!HAS_SHARED)('sharedReference', () => {
  it('finds the six YAML examples of the seed page', () => {
    const examples = seedExamples()
    expect(examples).toHaveLength(6)
    expect(examples[0]).toContain('msgStreamType: rocksmq')
    expect(examples[2]).toContain('endpoints:')
  })
  it('lists the 42 operator sample files', () => {
    expect(listSamples().filter((f) => !f.endsWith('milvusupgrade.yaml'))).toHaveLength(42)
  })
})

describe.runIf(!HAS_SHARED)('sharedReference (absent)', () => {
  it(SKIP_REASON, () => expect(HAS_SHARED).toBe(false))
})
