import { describe, expect, it } from 'vitest'
import { aCluster, aStandalone } from '../../test/builders'
import { embeddedStoreInCluster } from './embeddedStoreInCluster'
import { findingsOf, itDoesNotFire, remainingAfterFixes } from '../../test/ruleKit'

const rule = embeddedStoreInCluster

describe('embedded-store-in-cluster', () => {
  it.each([
    ['rocksmq in cluster', aCluster({ dependencies: { msgStreamType: 'rocksmq' } }), 'woodpecker'],
    ['natsmq in cluster', aCluster({ dependencies: { msgStreamType: 'natsmq' } }), 'woodpecker'],
    [
      'rocksmq in a 2.5 cluster',
      aCluster({
        components: { image: 'milvusdb/milvus:v2.5.16' },
        dependencies: { msgStreamType: 'rocksmq' },
      }),
      'pulsar',
    ],
  ])('fires for %s and suggests the right store', (_name, doc, target) => {
    const [f] = findingsOf(rule, doc)
    expect(f?.severity).toBe('error')
    expect(f?.path).toEqual(['spec', 'dependencies', 'msgStreamType'])
    expect(f?.fix?.patches).toEqual([
      { op: 'set', path: ['spec', 'dependencies', 'msgStreamType'], value: target },
    ])
  })

  itDoesNotFire(rule, [
    ['rocksmq standalone', aStandalone({ dependencies: { msgStreamType: 'rocksmq' } })],
    ['pulsar cluster', aCluster({ dependencies: { msgStreamType: 'pulsar' } })],
    ['cluster with msgStreamType absent (pulsar by default)', aCluster()],
    [
      'mode absent (standalone) with natsmq',
      {
        apiVersion: 'milvus.io/v1beta1',
        kind: 'Milvus',
        metadata: { name: 'a' },
        spec: { dependencies: { msgStreamType: 'natsmq' } },
      },
    ],
  ])

  it('its fix clears the finding', () => {
    const doc = aCluster({ dependencies: { msgStreamType: 'rocksmq' } })
    expect(remainingAfterFixes(rule, doc)).toEqual([[]])
  })
})
