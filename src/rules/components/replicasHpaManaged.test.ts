import { describe, expect, it } from 'vitest'
import { cluster, findingsOf, milvus } from '../../test/ruleKit'
import { replicasHpaManaged as rule } from './replicasHpaManaged'

describe('replicas-hpa-managed', () => {
  it.each([
    ['a component', cluster({ components: { proxy: { replicas: -1 } } }), 'demo-milvus-proxy'],
    [
      'a group',
      cluster({ components: { dataNode: { groups: [{ name: 'zone-a', replicas: -1 }] } } }),
      'demo-milvus-datanode-zone-a',
    ],
  ])('reminds about the HPA for %s', (_, resource, deployment) => {
    const findings = findingsOf(rule, resource)
    expect(findings.map((f) => f.severity)).toEqual(['info'])
    expect(findings[0]?.message.en).toContain(deployment)
  })

  it.each([
    [
      'fixed replicas',
      cluster({
        components: { proxy: { replicas: 2 }, dataNode: { groups: [{ name: 'g', replicas: 1 }] } },
      }),
    ],
    ['no replicas', milvus({ components: {} })],
    ['no components', milvus()],
  ])('stays quiet for %s', (_, resource) => {
    expect(findingsOf(rule, resource)).toEqual([])
  })
})
