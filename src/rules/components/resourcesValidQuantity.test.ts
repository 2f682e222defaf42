import { describe, expect, it } from 'vitest'
import type { MilvusComponents } from '../../model'
import { cluster, findingsOf, milvus, remainingAfterFix } from '../../test/ruleKit'
import { resourcesValidQuantity as rule } from './resourcesValidQuantity'

const global = (limits: Record<string, string | number>) =>
  milvus({ components: { resources: { limits } } })

describe('resources-valid-quantity', () => {
  it.each([
    ['10GB memory', global({ memory: '10GB' }), '10Gi'],
    ['2 cores cpu', global({ cpu: '2 cores' }), '2'],
    ['a spaced millicore', global({ cpu: '500 m' }), '500m'],
    ['lower-case gi', global({ memory: '4gi' }), '4Gi'],
    ['512MiB', global({ memory: '512MiB' }), '512Mi'],
  ])('rejects %s and suggests %s', (_, resource, suggestion) => {
    const findings = findingsOf(rule, resource)
    expect(findings).toHaveLength(1)
    expect(findings[0]?.severity).toBe('error')
    expect(findings[0]?.fix?.patches[0]).toMatchObject({ op: 'set', value: suggestion })
  })

  it('rejects text with no obvious repair and offers no fix', () => {
    const findings = findingsOf(rule, global({ cpu: 'lots' }))
    expect(findings.map((f) => f.severity)).toEqual(['error'])
    expect(findings[0]?.fix).toBeUndefined()
  })

  it('checks per-component requests too', () => {
    const components: MilvusComponents = {
      queryNode: { resources: { requests: { memory: '8 GB' } } },
    }
    const findings = findingsOf(rule, cluster({ components }))
    expect(findings[0]?.path).toEqual([
      'spec',
      'components',
      'queryNode',
      'resources',
      'requests',
      'memory',
    ])
  })

  it('warns about memory in milli-units', () => {
    const findings = findingsOf(rule, global({ memory: '512m' }))
    expect(findings.map((f) => [f.severity, f.fix?.patches[0]])).toEqual([
      [
        'warning',
        {
          op: 'set',
          path: ['spec', 'components', 'resources', 'limits', 'memory'],
          value: '512Mi',
        },
      ],
    ])
  })

  it.each([
    ['valid quantities', global({ cpu: '500m', memory: '4Gi', 'ephemeral-storage': '1e9' })],
    ['plain numbers', global({ cpu: 2, memory: 1073741824 })],
    ['no resources', milvus({ components: {} })],
    ['no components', milvus()],
  ])('stays quiet for %s', (_, resource) => {
    expect(findingsOf(rule, resource)).toEqual([])
  })

  it.each([['10GB'], ['2 cores'], ['512m']])('fix clears %s', (value) => {
    const key = value === '2 cores' ? 'cpu' : 'memory'
    expect(remainingAfterFix(rule, global({ [key]: value }))).toEqual([])
  })
})
