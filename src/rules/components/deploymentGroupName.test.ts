import { describe, expect, it } from 'vitest'
import type { DeploymentGroup } from '../../model'
import { deploymentGroupName as rule } from './deploymentGroupName'
import { cluster, findingsOf, remainingAfterFix } from '../../test/ruleKit'

const groups = (list: DeploymentGroup[], name = 'demo') =>
  cluster({ components: { queryNode: { groups: list } } }, name)

describe('deployment-group-name', () => {
  it.each([
    ['a missing name', [{ replicas: 1 }], 'deployment group name is required'],
    ['an empty name', [{ name: '', replicas: 1 }], 'deployment group name is required'],
    ['upper case', [{ name: 'Zone_A', replicas: 1 }], 'DNS-1123'],
    ['a leading dash', [{ name: '-a', replicas: 1 }], 'DNS-1123'],
    ['64 characters', [{ name: 'a'.repeat(64), replicas: 1 }], 'DNS-1123'],
    [
      'a duplicate',
      [
        { name: 'g1', replicas: 1 },
        { name: 'g1', replicas: 1 },
      ],
      'Duplicate value',
    ],
  ])('fires for %s', (_, list, text) => {
    const findings = findingsOf(rule, groups(list))
    expect(findings).toHaveLength(1)
    expect(findings[0]?.severity).toBe('error')
    expect(findings[0]?.message.en).toContain(text)
  })

  it('fires when the generated Deployment name passes 253 characters', () => {
    const findings = findingsOf(
      rule,
      groups([{ name: 'g'.repeat(63), replicas: 1 }], 'n'.repeat(180)),
    )
    expect(findings[0]?.message.en).toContain(
      'generated Deployment name must not exceed 253 characters',
    )
  })

  it.each([
    [
      'distinct valid names',
      groups([
        { name: 'g1', replicas: 1 },
        { name: 'zone-b', replicas: 1 },
      ]),
    ],
    [
      'the same name on two components',
      cluster({
        components: {
          proxy: { groups: [{ name: 'g1', replicas: 1 }] },
          dataNode: { groups: [{ name: 'g1', replicas: 1 }] },
        },
      }),
    ],
    ['no groups', cluster({ components: { queryNode: { replicas: 2 } } })],
  ])('stays quiet for %s', (_, resource) => {
    expect(findingsOf(rule, resource)).toEqual([])
  })

  it('renames an invalid name to a valid label', () => {
    expect(remainingAfterFix(rule, groups([{ name: 'Zone A!', replicas: 1 }]))).toEqual([])
  })
})
