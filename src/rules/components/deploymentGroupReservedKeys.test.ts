import { describe, expect, it } from 'vitest'
import type { DeploymentGroup } from '../../model'
import { deploymentGroupReservedKeys as rule } from './deploymentGroupReservedKeys'
import { cluster, findingsOf, remainingAfterFix } from '../../test/ruleKit'

const group = (g: Partial<DeploymentGroup>) =>
  cluster({ components: { proxy: { groups: [{ name: 'g1', replicas: 1, ...g }] } } })

describe('deployment-group-reserved-keys', () => {
  it.each([
    [
      'a milvus.io/ label',
      { labels: { 'milvus.io/x': 'a' } },
      'label is reserved by milvus-operator',
    ],
    [
      'an app.kubernetes.io/ label',
      { labels: { 'app.kubernetes.io/name': 'a' } },
      'label is reserved',
    ],
    [
      'a kubernetes.io/ annotation',
      { annotations: { 'kubernetes.io/x': 'a' } },
      'annotation is reserved by milvus-operator or Kubernetes',
    ],
    ['a k8s.io/ annotation', { annotations: { 'k8s.io/x': 'a' } }, 'annotation is reserved'],
    ['a milvus.io/ annotation', { annotations: { 'milvus.io/x': 'a' } }, 'annotation is reserved'],
  ])('fires for %s', (_, g, text) => {
    const findings = findingsOf(rule, group(g))
    expect(findings).toHaveLength(1)
    expect(findings[0]?.message.en).toContain(text)
  })

  it.each([
    ['a topology.milvus.io/ label (sample)', { labels: { 'topology.milvus.io/az': 'zone-a' } }],
    [
      'a kubernetes.io/ label (labels are checked for two prefixes only)',
      { labels: { 'kubernetes.io/x': 'a' } },
    ],
    ['own prefixes', { labels: { 'example.com/a': 'b' }, annotations: { 'example.com/a': 'b' } }],
    ['no labels or annotations', {}],
  ])('stays quiet for %s', (_, g) => {
    expect(findingsOf(rule, group(g))).toEqual([])
  })

  it('removes the reserved key', () => {
    expect(remainingAfterFix(rule, group({ labels: { 'milvus.io/x': 'a', keep: 'b' } }))).toEqual(
      [],
    )
  })
})
