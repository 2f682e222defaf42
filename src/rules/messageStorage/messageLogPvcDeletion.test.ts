import { describe, expect, it } from 'vitest'
import { aCluster, aStandalone } from '../../test/builders'
import { findingsOf, itDoesNotFire, remainingAfterFixes } from '../../test/ruleKit'
import { messageLogPvcDeletion } from './messageLogPvcDeletion'

const rule = messageLogPvcDeletion

describe('message-log-pvc-deletion', () => {
  it.each([
    [
      'rocksmq persistence',
      aStandalone({
        dependencies: {
          msgStreamType: 'rocksmq',
          rocksmq: { persistence: { enabled: true, pvcDeletion: true } },
        },
      }),
      'spec.dependencies.rocksmq.persistence.pvcDeletion',
    ],
    [
      'local woodpecker persistence',
      aStandalone({
        dependencies: { woodpecker: { persistence: { pvcDeletion: true } } },
        config: { woodpecker: { storage: { type: 'local' } } },
      }),
      'spec.dependencies.woodpecker.persistence.pvcDeletion',
    ],
    [
      'in-cluster kafka with Delete',
      aCluster({
        dependencies: {
          msgStreamType: 'kafka',
          kafka: { inCluster: { deletionPolicy: 'Delete', pvcDeletion: true } },
        },
      }),
      'spec.dependencies.kafka.inCluster.pvcDeletion',
    ],
    [
      'in-cluster pulsar (default) with Delete',
      aCluster({
        dependencies: { pulsar: { inCluster: { deletionPolicy: 'Delete', pvcDeletion: true } } },
      }),
      'spec.dependencies.pulsar.inCluster.pvcDeletion',
    ],
  ])('warns for %s', (_n, doc, path) => {
    expect(findingsOf(rule, doc).map((f) => [f.severity, f.path.join('.')])).toEqual([
      ['warning', path],
    ])
  })

  itDoesNotFire(rule, [
    [
      'pvcDeletion on a store that is not selected',
      aStandalone({
        dependencies: { msgStreamType: 'rocksmq', natsmq: { persistence: { pvcDeletion: true } } },
      }),
    ],
    [
      'kafka pvcDeletion with Retain (the release stays)',
      aCluster({
        dependencies: {
          msgStreamType: 'kafka',
          kafka: { inCluster: { deletionPolicy: 'Retain', pvcDeletion: true } },
        },
      }),
    ],
    [
      'woodpecker on object storage (nothing on the volume)',
      aStandalone({ dependencies: { woodpecker: { persistence: { pvcDeletion: true } } } }),
    ],
    [
      'external woodpecker',
      aCluster({
        dependencies: {
          msgStreamType: 'woodpecker',
          woodpecker: { external: true, persistence: { pvcDeletion: true } },
        },
      }),
    ],
    [
      'pvcDeletion absent',
      aStandalone({
        dependencies: { msgStreamType: 'rocksmq', rocksmq: { persistence: { enabled: true } } },
      }),
    ],
  ])

  it('its fixes clear the findings', () => {
    const doc = aStandalone({
      dependencies: { msgStreamType: 'rocksmq', rocksmq: { persistence: { pvcDeletion: true } } },
    })
    expect(remainingAfterFixes(rule, doc)).toEqual([[]])
  })
})
