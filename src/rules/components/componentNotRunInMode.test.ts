import { describe, expect, it } from 'vitest'
import { componentNotRunInMode as rule } from './componentNotRunInMode'
import { cluster, findingsOf, milvus, remainingAfterFix } from '../../test/ruleKit'

describe('component-not-run-in-mode', () => {
  it.each([
    ['proxy replicas in standalone', milvus({ components: { proxy: { replicas: 2 } } }), 'proxy'],
    [
      'queryNode replicas with mode unset',
      milvus({ components: { queryNode: { replicas: 0 } } }),
      'queryNode',
    ],
    [
      'standalone replicas in cluster',
      cluster({ components: { standalone: { replicas: 1 } } }),
      'standalone',
    ],
  ])('fires for %s', (_, resource, name) => {
    const findings = findingsOf(rule, resource)
    expect(findings.map((f) => f.path)).toEqual([['spec', 'components', name, 'replicas']])
    expect(findings[0]?.severity).toBe('warning')
  })

  it.each([
    ['standalone replicas in standalone', milvus({ components: { standalone: { replicas: 1 } } })],
    ['cdc in standalone', milvus({ components: { cdc: { replicas: 1 } } })],
    [
      'standalone replicas 0 in cluster (operator default)',
      cluster({ components: { standalone: { replicas: 0 } } }),
    ],
    ['cluster components in cluster', cluster({ components: { proxy: { replicas: 2 } } })],
    [
      'a proxy block without replicas in standalone',
      milvus({ components: { proxy: { serviceType: 'LoadBalancer' } } }),
    ],
    ['no components', milvus()],
  ])('stays quiet for %s', (_, resource) => {
    expect(findingsOf(rule, resource)).toEqual([])
  })

  it.each([
    ['standalone', milvus({ components: { proxy: { replicas: 2 } } })],
    ['cluster', cluster({ components: { standalone: { replicas: 1 } } })],
  ])('fix clears the finding in %s mode', (_, resource) => {
    expect(remainingAfterFix(rule, resource)).toEqual([])
  })
})
