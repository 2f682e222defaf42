import { describe, expect, it } from 'vitest'
import { placeFragment } from './fragmentPlacement'

const at = (v: unknown): string | undefined => placeFragment(v)?.at.join('.')

describe('placeFragment', () => {
  it.each([
    [{ spec: { mode: 'cluster' } }, ''],
    [{ metadata: { name: 'x' }, spec: {} }, ''],
    [{ dependencies: { msgStreamType: 'kafka' } }, 'spec'],
    [{ mode: 'cluster', components: {} }, 'spec'],
    [
      { etcd: { external: true, endpoints: ['e:2379'] }, storage: { external: true } },
      'spec.dependencies',
    ],
    [{ brokerList: ['k:9092'], external: true }, 'spec.dependencies.kafka'],
    [{ mq: { type: 'pulsar' } }, 'spec.config'],
  ])('%j -> %s', (value, path) => {
    expect(at(value)).toBe(path)
  })

  it('says when several paths fit', () => {
    const p = placeFragment({
      inCluster: { deletionPolicy: 'Delete', values: { replicaCount: 3 } },
    })
    const all = [p?.at, ...(p?.alternatives ?? [])].map((a) => a?.join('.'))
    expect(all).toEqual(
      expect.arrayContaining([
        'spec.dependencies.etcd',
        'spec.dependencies.storage',
        'spec.dependencies.pulsar',
      ]),
    )
  })

  it.each([
    [{ image: { repository: 'x' }, cluster: { enabled: true } }],
    [{ foo: 1 }],
    [{}],
    ['text'],
  ])('is undefined for %j', (value) => {
    expect(placeFragment(value)).toBeUndefined()
  })
})
