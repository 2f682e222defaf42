import { describe, expect, it } from 'vitest'
import { cluster, findingsOf, milvus, remainingAfterFix } from '../../test/ruleKit'
import { nameTooLong as rule } from './nameTooLong'

describe('name-too-long', () => {
  it.each([
    [
      'a 47-character name with in-cluster Pulsar (release -pulsar > 53)',
      cluster({}, 'a'.repeat(47)),
      'Helm release (pulsar)',
    ],
    [
      'a name starting with a digit (Service must start with a letter)',
      milvus({}, '1milvus'),
      'Service',
    ],
    ['a name with a dot', milvus({}, 'my.milvus'), 'Service'],
    [
      'a 60-character name with only external dependencies',
      milvus(
        { dependencies: { etcd: { external: true }, storage: { external: true } } },
        'b'.repeat(60),
      ),
      'Service',
    ],
  ])('fires on %s', (_, resource, object) => {
    const [f, ...rest] = findingsOf(rule, resource)
    expect(rest).toEqual([])
    expect(f?.message.en).toContain(object)
    expect(remainingAfterFix(rule, resource)).toEqual([])
  })

  it.each([
    ['a 46-character cluster name', cluster({}, 'a'.repeat(46))],
    ['a short name', milvus({}, 'demo')],
  ])('stays quiet for %s', (_, resource) => {
    expect(findingsOf(rule, resource)).toEqual([])
  })

  it('stays quiet without a name', () => {
    expect(findingsOf(rule, { ...milvus({}), metadata: {} })).toEqual([])
  })
})
