import { describe, expect, it } from 'vitest'
import { aCluster } from '../../test/builders'
import { findingsOf, itDoesNotFire, remainingAfterFixes } from '../../test/ruleKit'
import { chartValuesOperatorField } from './chartValuesOperatorField'

const rule = chartValuesOperatorField
const pulsar = (inCluster: Record<string, unknown>) =>
  aCluster({ dependencies: { pulsar: { inCluster } } })

describe('chart-values-operator-field', () => {
  it.each([
    ['deletionPolicy', 'Delete'],
    ['pvcDeletion', true],
    ['chartVersion', 'pulsar-v2'],
  ])('moves %s up to inCluster', (key, value) => {
    const doc = pulsar({ values: { [key]: value } })
    const [f] = findingsOf(rule, doc)
    expect(f?.severity).toBe('warning')
    expect(f?.path).toEqual(['spec', 'dependencies', 'pulsar', 'inCluster', 'values', key])
    expect(f?.fix?.patches).toContainEqual({
      op: 'set',
      path: ['spec', 'dependencies', 'pulsar', 'inCluster', key],
      value,
    })
    expect(remainingAfterFixes(rule, doc)).toEqual([[]])
  })

  it('only removes the misplaced copy when inCluster already has the field', () => {
    const doc = aCluster({
      dependencies: {
        etcd: { inCluster: { deletionPolicy: 'Retain', values: { deletionPolicy: 'Delete' } } },
      },
    })
    const [f] = findingsOf(rule, doc)
    expect(f?.fix?.patches).toEqual([
      {
        op: 'delete',
        path: ['spec', 'dependencies', 'etcd', 'inCluster', 'values', 'deletionPolicy'],
      },
    ])
    expect(remainingAfterFixes(rule, doc)).toEqual([[]])
  })

  itDoesNotFire(rule, [
    [
      'fields in the right place',
      pulsar({
        deletionPolicy: 'Delete',
        pvcDeletion: true,
        values: { broker: { replicaCount: 1 } },
      }),
    ],
    [
      'a same-named key deeper in the values',
      pulsar({ values: { broker: { deletionPolicy: 'x' } } }),
    ],
    ['no values', aCluster()],
  ])
})
