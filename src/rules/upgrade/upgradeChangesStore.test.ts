import { describe, expect, it } from 'vitest'
import { aCluster, aStandalone } from '../../test/builders'
import { findingsOf, remainingAfterFixes } from '../../test/ruleKit'
import { storeChangeOnRunningInstance } from '../messageStorage/storeChangeOnRunningInstance'
import { upgradeChangesStore } from './upgradeChangesStore'

const rule = upgradeChangesStore
const V25 = { image: 'milvusdb/milvus:v2.5.16' }
const V26 = { image: 'milvusdb/milvus:v2.6.11' }
const ROCKS_25 = aStandalone({ components: V25, dependencies: { msgStreamType: 'rocksmq' } })

describe('upgrade-changes-store', () => {
  it('fires when the 2.6 default (Woodpecker) replaces the running RocksMQ; writing it back clears it', () => {
    const next = aStandalone({ components: V26 })
    const found = findingsOf(rule, next, ROCKS_25)
    expect(found.map((f) => [f.path.join('.'), f.severity])).toEqual([
      ['spec.dependencies.msgStreamType', 'error'],
    ])
    expect(found[0]?.message.en).toContain('the operator defaults to Woodpecker')
    expect(found[0]?.fix?.patches).toEqual([
      { op: 'set', path: ['spec', 'dependencies', 'msgStreamType'], value: 'rocksmq' },
    ])
    expect(remainingAfterFixes(rule, next, ROCKS_25)).toEqual([[]])
  })

  it('fires for a Pulsar cluster switched to Woodpecker with the upgrade, and store-change stays quiet', () => {
    const base = aCluster({ components: V25 })
    const next = aCluster({ components: V26, dependencies: { msgStreamType: 'woodpecker' } })
    expect(findingsOf(rule, next, base).map((f) => f.message.en)).toEqual([
      expect.stringContaining('also moves the store from Pulsar to Woodpecker'),
    ])
    expect(findingsOf(storeChangeOnRunningInstance, next, base)).toEqual([])
    expect(remainingAfterFixes(rule, next, base)).toEqual([[]])
  })

  it('offers no fix that would keep NATS on 2.6', () => {
    const base = aStandalone({ components: V25, dependencies: { msgStreamType: 'natsmq' } })
    const [f] = findingsOf(rule, aStandalone({ components: V26 }), base)
    expect(f?.rule).toBe('upgrade-changes-store')
    expect(f?.fix).toBeUndefined()
  })

  it.each([
    ['no baseline', aStandalone({ components: V26 }), undefined],
    [
      'the store kept',
      aStandalone({ components: V26, dependencies: { msgStreamType: 'rocksmq' } }),
      ROCKS_25,
    ],
    [
      'a store change without an upgrade (store-change-on-running-instance reports it)',
      aStandalone({ components: V25, dependencies: { msgStreamType: 'natsmq' } }),
      ROCKS_25,
    ],
  ])('does not fire for %s', (_n, next, base) => {
    expect(findingsOf(rule, next, base)).toEqual([])
  })
})
