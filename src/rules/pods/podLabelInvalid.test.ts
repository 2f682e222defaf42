import { describe, expect, it } from 'vitest'
import { cluster, findingsOf, milvus } from '../../test/ruleKit'
import { podLabelInvalid as rule } from './podLabelInvalid'

describe('pod-label-invalid', () => {
  it.each([
    ['a key with a space', { nodeSelector: { 'gpu node': 'yes' } }, 'nodeSelector', 'gpu node'],
    [
      'an upper-case prefix',
      { podLabels: { 'Example.com/team': 'a' } },
      'podLabels',
      'Example.com/team',
    ],
    ['a value with a slash', { podLabels: { team: 'search/ann' } }, 'podLabels', 'team'],
    [
      'a value over 63 characters',
      { nodeSelector: { pool: 'p'.repeat(64) } },
      'nodeSelector',
      'pool',
    ],
    ['a null value', { nodeSelector: { pool: null } }, 'nodeSelector', 'pool'],
  ])('refuses %s', (_, components, field, key) => {
    const findings = findingsOf(rule, milvus({ components } as never))
    expect(findings.map((f) => [f.path, f.severity])).toEqual([
      [['spec', 'components', field, key], 'error'],
    ])
  })

  it('checks per-component label maps and the proxy service labels', () => {
    const doc = cluster({
      components: {
        queryNode: { nodeSelector: { 'a b': 'x' } },
        proxy: { serviceLabels: { tier: 'front end' } },
      },
    } as never)
    expect(findingsOf(rule, doc).map((f) => f.path)).toEqual([
      ['spec', 'components', 'proxy', 'serviceLabels', 'tier'],
      ['spec', 'components', 'queryNode', 'nodeSelector', 'a b'],
    ])
  })

  it.each([
    [
      'valid labels',
      {
        podLabels: { 'example.com/team': 'search', env: '' },
        nodeSelector: { 'node.kubernetes.io/instance-type': 'm5.2xlarge' },
      },
    ],
    // A boolean is schema-value's finding (with its quoting fix), not this rule's.
    ['a boolean value', { nodeSelector: { gpu: true } }],
    ['no label maps', {}],
  ])('stays quiet for %s', (_, components) => {
    expect(findingsOf(rule, milvus({ components } as never))).toEqual([])
  })

  it('stays quiet without components', () => {
    expect(findingsOf(rule, milvus())).toEqual([])
  })
})
