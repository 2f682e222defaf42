import { describe, expect, it } from 'vitest'
import type { MilvusResource, MilvusSpec } from '../types'
import { derivedNames, inClusterCharts, isNameInvalid, maxNameLength } from './names'

const of = (spec: MilvusSpec): MilvusResource => ({
  apiVersion: 'milvus.io/v1beta1',
  kind: 'Milvus',
  metadata: { name: 'm' },
  spec,
})

describe('inClusterCharts', () => {
  it.each([
    [{}, ['etcd', 'minio']],
    [{ mode: 'cluster' }, ['etcd', 'minio', 'pulsar']],
    [
      {
        mode: 'cluster',
        dependencies: {
          msgStreamType: 'kafka',
          etcd: { external: true },
          storage: { external: true },
        },
      },
      ['kafka'],
    ],
    [{ dependencies: { tei: { enabled: true } } }, ['etcd', 'minio', 'tei']],
  ] as const)('%j -> %j', (spec, charts) => {
    expect(inClusterCharts(of(spec as MilvusSpec))).toEqual(charts)
  })
})

describe('derivedNames', () => {
  it('names the Service <name>-milvus and the Helm releases <name>-<chart>', () => {
    expect(derivedNames(of({}), 'demo').map((d) => d.name)).toEqual([
      'demo',
      'demo-milvus',
      'demo-etcd',
      'demo-minio',
    ])
  })
  it('limits a cluster with in-cluster Pulsar to 46 characters (53 - "-pulsar")', () => {
    expect(maxNameLength(of({ mode: 'cluster' }))).toBe(46)
    expect(
      maxNameLength(
        of({ dependencies: { etcd: { external: true }, storage: { external: true } } }),
      ),
    ).toBe(56)
  })
  it.each([
    ['a'.repeat(47), false],
    ['a'.repeat(48), true],
    ['1milvus', true],
    ['my.milvus', true],
  ])('%s invalid somewhere: %s', (name, invalid) => {
    expect(derivedNames(of({}), name).some(isNameInvalid)).toBe(invalid)
  })
})
