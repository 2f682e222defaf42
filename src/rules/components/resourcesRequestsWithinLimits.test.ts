import { describe, expect, it } from 'vitest'
import type { ResourceRequirements } from '../../model'
import { cluster, findingsOf, milvus, remainingAfterFix } from '../../test/ruleKit'
import { resourcesRequestsWithinLimits as rule } from './resourcesRequestsWithinLimits'

const global = (resources: ResourceRequirements) => milvus({ components: { resources } })

describe('resources-requests-within-limits', () => {
  it.each([
    [
      'memory across units',
      { limits: { memory: '1Gi' }, requests: { memory: '2000Mi' } },
      'memory',
    ],
    ['cpu cores against millicores', { limits: { cpu: '500m' }, requests: { cpu: 1 } }, 'cpu'],
    ['cpu strings', { limits: { cpu: '2' }, requests: { cpu: '2.5' } }, 'cpu'],
  ])('fires for %s', (_, resources, key) => {
    const findings = findingsOf(rule, global(resources))
    expect(findings.map((f) => f.path)).toEqual([
      ['spec', 'components', 'resources', 'requests', key],
    ])
    expect(findings[0]?.severity).toBe('error')
  })

  it('checks each component block', () => {
    const r = cluster({
      components: { proxy: { resources: { limits: { cpu: '1' }, requests: { cpu: '2' } } } },
    })
    expect(findingsOf(rule, r)[0]?.path).toEqual([
      'spec',
      'components',
      'proxy',
      'resources',
      'requests',
      'cpu',
    ])
  })

  it.each([
    ['equal values', { limits: { memory: '1Gi' }, requests: { memory: '1024Mi' } }],
    [
      'requests below limits',
      { limits: { cpu: '2', memory: '4Gi' }, requests: { cpu: '500m', memory: '1Gi' } },
    ],
    ['only requests', { requests: { cpu: '8' } }],
    ['a request with no matching limit', { limits: { cpu: '1' }, requests: { memory: '8Gi' } }],
    [
      'an invalid quantity (left to resources-valid-quantity)',
      { limits: { memory: '1GB' }, requests: { memory: '2Gi' } },
    ],
  ])('stays quiet for %s', (_, resources) => {
    expect(findingsOf(rule, global(resources))).toEqual([])
  })

  it('stays quiet with no components', () => {
    expect(findingsOf(rule, milvus())).toEqual([])
  })

  it('lowers the request to the limit', () => {
    expect(
      remainingAfterFix(rule, global({ limits: { cpu: '1' }, requests: { cpu: '3' } })),
    ).toEqual([])
  })
})
