import { describe, expect, it } from 'vitest'
import { aStandalone, aStandaloneRocksmqClaim } from '../../test/builders'
import { findingsOf, itDoesNotFire } from '../../test/ruleKit'
import { webhookPvcSpecInvalid } from './webhookPvcSpecInvalid'

const rule = webhookPvcSpecInvalid
const rocks = aStandaloneRocksmqClaim

describe('webhook-pvc-spec-invalid', () => {
  it.each([
    ['accessModes as a string', { accessModes: 'ReadWriteOnce' }, 'accessModes'],
    ['storageClassName as a number', { storageClassName: 5 }, 'storageClassName'],
    ['resources as a list', { resources: ['10Gi'] }, 'resources'],
    ['a bad cpu quantity', { resources: { requests: { cpu: 'two' } } }, 'cpu'],
    ['spec as a list', ['ReadWriteOnce'], 'spec'],
  ])('rejects %s with the operator text', (_n, spec, last) => {
    const [f] = findingsOf(rule, rocks(spec))
    expect(f?.severity).toBe('error')
    expect(f?.path.at(-1)).toBe(last)
    expect(f?.message.en).toContain(
      'failed to unmarshal values as obj[*v1.PersistentVolumeClaimSpec]',
    )
  })

  itDoesNotFire(rule, [
    [
      'a valid spec',
      rocks({
        accessModes: ['ReadWriteOnce'],
        storageClassName: 'fast',
        resources: { requests: { storage: '10Gi' } },
      }),
    ],
    [
      'a bad storage size (storage-size-not-quantity reports it)',
      rocks({ resources: { requests: { storage: '10GB' } } }),
    ],
    [
      'no claim spec',
      aStandalone({
        dependencies: { msgStreamType: 'rocksmq', rocksmq: { persistence: { enabled: true } } },
      }),
    ],
    [
      'a bad spec on a store that is not selected',
      aStandalone({
        dependencies: {
          msgStreamType: 'pulsar',
          rocksmq: { persistence: { persistentVolumeClaim: { spec: { accessModes: 'x' } } } },
        },
      }),
    ],
  ])
})
