import { describe, expect, it } from 'vitest'
import { cluster, findingsOf, milvus, remainingAfterFix } from '../../test/ruleKit'
import { podReferenceNameInvalid as rule } from './podReferenceNameInvalid'

describe('pod-reference-name-invalid', () => {
  it('lower-cases an upper-case service account name', () => {
    const doc = milvus({ components: { serviceAccountName: 'Milvus-S3' } } as never)
    const [finding] = findingsOf(rule, doc)
    expect(finding?.path).toEqual(['spec', 'components', 'serviceAccountName'])
    expect(finding?.fix?.patches[0]).toMatchObject({ op: 'set', value: 'milvus-s3' })
    expect(remainingAfterFix(rule, doc)).toEqual([])
  })

  it('reports a priority class with an underscore, without a fix', () => {
    const doc = cluster({ components: { queryNode: { priorityClassName: 'high_prio' } } } as never)
    const findings = findingsOf(rule, doc)
    expect(findings.map((f) => f.path)).toEqual([
      ['spec', 'components', 'queryNode', 'priorityClassName'],
    ])
    expect(findings[0]?.fix).toBeUndefined()
  })

  it.each([
    [
      'valid names',
      milvus({
        components: { serviceAccountName: 'milvus', priorityClassName: 'system.high' },
      } as never),
    ],
    [
      'an empty name (operator default)',
      milvus({ components: { serviceAccountName: '' } } as never),
    ],
    ['no components', milvus()],
  ])('stays quiet for %s', (_, doc) => {
    expect(findingsOf(rule, doc)).toEqual([])
  })
})
