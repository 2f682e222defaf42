import { describe, expect, it } from 'vitest'
import { aCluster, aStandalone } from '../../test/builders'
import { findingsOf, itDoesNotFire, remainingAfterFixes } from '../../test/ruleKit'
import { sharedRwoVolumeInCluster } from './sharedRwoVolumeInCluster'

const rule = sharedRwoVolumeInCluster
const wp = (persistence: Record<string, unknown>, local = false) =>
  aCluster({
    dependencies: { msgStreamType: 'woodpecker', woodpecker: { persistence } },
    ...(local ? { config: { woodpecker: { storage: { type: 'local' } } } } : {}),
  })

describe('shared-rwo-volume-in-cluster', () => {
  it.each([
    ['local woodpecker with the default RWO claim', wp({ enabled: true }, true), 'accessModes'],
    [
      'local woodpecker with explicit RWO',
      wp(
        { enabled: true, persistentVolumeClaim: { spec: { accessModes: ['ReadWriteOnce'] } } },
        true,
      ),
      'accessModes',
    ],
    ['object-storage woodpecker with a volume anyway', wp({ enabled: true }), 'enabled'],
  ])('fires for %s', (_n, doc, last) => {
    const [f] = findingsOf(rule, doc)
    expect(f?.severity).toBe('error')
    expect(f?.path.at(-1)).toBe(last)
  })

  itDoesNotFire(rule, [
    [
      'a ReadWriteMany claim',
      wp(
        { enabled: true, persistentVolumeClaim: { spec: { accessModes: ['ReadWriteMany'] } } },
        true,
      ),
    ],
    ['persistence off', wp({ enabled: false }, true)],
    [
      'standalone woodpecker',
      aStandalone({ dependencies: { woodpecker: { persistence: { enabled: true } } } }),
    ],
    [
      'an existing claim of unknown mode',
      wp({ enabled: true, persistentVolumeClaim: { existingClaim: 'shared-rwx' } }, true),
    ],
    ['no woodpecker block', aCluster({ dependencies: { msgStreamType: 'woodpecker' } })],
  ])

  it.each([
    ['RWX', wp({ enabled: true }, true)],
    ['disable', wp({ enabled: true })],
  ])('its fix clears the finding (%s)', (_n, doc) => {
    expect(remainingAfterFixes(rule, doc)).toEqual([[]])
  })
})
