import { describe, expect, it } from 'vitest'
import { cluster, findingsOf, milvus, remainingAfterFix } from '../../test/ruleKit'
import { tolerationInvalid as rule } from './tolerationInvalid'

const global = (...tolerations: Record<string, unknown>[]) =>
  milvus({ components: { tolerations } } as never)
const onQueryNode = (...tolerations: Record<string, unknown>[]) =>
  cluster({ components: { queryNode: { tolerations } } } as never)

describe('toleration-invalid', () => {
  it.each([
    ['a lower-case operator', global({ key: 'gpu', operator: 'exists' }), 'operator', 'Exists'],
    ['a lower-case effect', global({ key: 'gpu', effect: 'noschedule' }), 'effect', 'NoSchedule'],
  ])('fixes %s by its letter case', (_, doc, field, value) => {
    const [finding] = findingsOf(rule, doc)
    expect(finding?.path).toEqual(['spec', 'components', 'tolerations', 0, field])
    expect(finding?.fix?.patches[0]).toMatchObject({ op: 'set', value })
    expect(remainingAfterFix(rule, doc)).toEqual([])
  })

  it.each([
    ['an unknown effect', onQueryNode({ key: 'gpu', effect: 'Never' }), 'effect'],
    ['an unknown operator', onQueryNode({ key: 'gpu', operator: 'In' }), 'operator'],
    ['a value with Exists', onQueryNode({ key: 'gpu', operator: 'Exists', value: 'a' }), 'value'],
    ['an empty key with Equal', onQueryNode({ operator: 'Equal', value: 'a' }), 'key'],
    ['a key with a space', onQueryNode({ key: 'gpu node', operator: 'Exists' }), 'key'],
    [
      'tolerationSeconds with NoSchedule',
      onQueryNode({ key: 'gpu', operator: 'Exists', effect: 'NoSchedule', tolerationSeconds: 60 }),
      'tolerationSeconds',
    ],
  ])('refuses %s, without a fix', (_, doc, field) => {
    const findings = findingsOf(rule, doc)
    expect(findings.map((f) => f.path)).toEqual([
      ['spec', 'components', 'queryNode', 'tolerations', 0, field],
    ])
    expect(findings[0]?.severity).toBe('error')
    expect(findings[0]?.fix).toBeUndefined()
  })

  it('sets effect NoExecute for tolerationSeconds without an effect', () => {
    const doc = global({
      key: 'node.kubernetes.io/unreachable',
      operator: 'Exists',
      tolerationSeconds: 30,
    })
    expect(findingsOf(rule, doc)[0]?.fix?.patches[0]).toMatchObject({
      path: ['spec', 'components', 'tolerations', 0, 'effect'],
      value: 'NoExecute',
    })
    expect(remainingAfterFix(rule, doc)).toEqual([])
  })

  it.each([
    [
      'Equal with a value',
      global({ key: 'dedicated', operator: 'Equal', value: 'milvus', effect: 'NoSchedule' }),
    ],
    ['the default operator', global({ key: 'dedicated', value: 'milvus' })],
    ['Exists without a key (tolerate all)', global({ operator: 'Exists' })],
    [
      'NoExecute with seconds',
      global({ key: 'a', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 5 }),
    ],
    ['a prefixed key', global({ key: 'nvidia.com/gpu', operator: 'Exists' })],
    ['no tolerations', milvus({ components: {} })],
    ['no components', milvus()],
  ])('stays quiet for %s', (_, doc) => {
    expect(findingsOf(rule, doc)).toEqual([])
  })
})
