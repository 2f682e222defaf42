import { describe, expect, it } from 'vitest'
import { cluster, lint, milvus } from './deps/testKit'
import { replicasHpaManaged as rule } from './replicasHpaManaged'

describe('replicas-hpa-managed', () => {
  it.each([
    ['a component', cluster({ components: { proxy: { replicas: -1 } } }), 'demo-milvus-proxy'],
    ['a group', cluster({ components: { dataNode: { groups: [{ name: 'zone-a', replicas: -1 }] } } }), 'demo-milvus-datanode-zone-a'],
  ])('reminds about the HPA for %s', (_, resource, deployment) => {
    const findings = lint(rule, resource)
    expect(findings.map((f) => f.severity)).toEqual(['info'])
    expect(findings[0]?.message.en).toContain(deployment)
  })

  it.each([
    ['fixed replicas', cluster({ components: { proxy: { replicas: 2 }, dataNode: { groups: [{ name: 'g', replicas: 1 }] } } })],
    ['no replicas', milvus({ components: {} })],
    ['no components', milvus()],
  ])('stays quiet for %s', (_, resource) => {
    expect(lint(rule, resource)).toEqual([])
  })
})
