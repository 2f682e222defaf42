import { describe, expect, it } from 'vitest'
import { applyFix, findingsOf } from '../../test/ruleKit'
import { readBackObject as rule } from './readBackObject'

const resource = (metadata: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  apiVersion: 'milvus.io/v1beta1',
  kind: 'Milvus',
  metadata: { name: 'm', ...metadata },
  spec: {},
  ...extra,
})
const readBack = resource(
  { uid: 'abc', resourceVersion: '42', generation: 3, managedFields: [{}] },
  { status: { status: 'Healthy' } },
)

describe('read-back-object', () => {
  it('names every server field to strip', () => {
    const [f, ...rest] = findingsOf(rule, readBack)
    expect(rest).toEqual([])
    expect(f?.message.en).toContain(
      'status, metadata.uid, metadata.resourceVersion, metadata.managedFields, metadata.generation',
    )
  })
  it('fires on a single server field', () => {
    expect(findingsOf(rule, resource({ creationTimestamp: '2026-01-01T00:00:00Z' }))).toHaveLength(
      1,
    )
  })
  it('stays quiet for a written resource', () => {
    expect(findingsOf(rule, resource({ labels: { a: 'b' } }))).toEqual([])
  })
  it('stays quiet without metadata', () => {
    expect(findingsOf(rule, { apiVersion: 'milvus.io/v1beta1', kind: 'Milvus', spec: {} })).toEqual(
      [],
    )
  })
  it('clears after its fix', () => {
    const f = findingsOf(rule, readBack)[0]
    expect(f?.fix && findingsOf(rule, applyFix(readBack, f.fix))).toEqual([])
  })
})
