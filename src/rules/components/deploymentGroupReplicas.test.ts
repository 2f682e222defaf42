import { describe, expect, it } from 'vitest'
import type { DeploymentGroup } from '../../model'
import { deploymentGroupReplicas as rule } from './deploymentGroupReplicas'
import { cluster, findingsOf, remainingAfterFix } from '../../test/ruleKit'

const group = (g: DeploymentGroup) => cluster({ components: { dataNode: { groups: [g] } } })

describe('deployment-group-replicas', () => {
  it.each([
    ['missing replicas', { name: 'g1' }, 'deployment group replicas is required'],
    [
      'null replicas',
      { name: 'g1', replicas: null as unknown as number },
      'deployment group replicas is required',
    ],
  ])('fires for %s', (_, g, text) => {
    const findings = findingsOf(rule, group(g))
    expect(findings).toHaveLength(1)
    expect(findings[0]?.path).toEqual(['spec', 'components', 'dataNode', 'groups', 0, 'replicas'])
    expect(findings[0]?.message.en).toContain(text)
  })

  // Type and range (below -1, fractions) are CRD schema facts, reported by schema-value, not here.
  it.each([-1, 0, 3, -2, 1.5])('stays quiet for replicas %s', (replicas) => {
    expect(findingsOf(rule, group({ name: 'g1', replicas }))).toEqual([])
  })

  it('stays quiet with no groups', () => {
    expect(findingsOf(rule, cluster({ components: { dataNode: { replicas: 2 } } }))).toEqual([])
  })

  it('sets one replica when missing', () => {
    expect(remainingAfterFix(rule, group({ name: 'g1' }))).toEqual([])
  })
})
