import { describe, expect, it } from 'vitest'
import { aCluster } from '../../test/builders'
import { externalWoodpeckerNeedsServiceMode } from './externalWoodpeckerNeedsServiceMode'
import { findingsOf, itDoesNotFire } from '../../test/ruleKit'

const rule = externalWoodpeckerNeedsServiceMode
const ext = (image?: string) =>
  aCluster({
    ...(image ? { components: { image } } : {}),
    dependencies: {
      msgStreamType: 'woodpecker',
      woodpecker: { external: true, quorumBufferPools: [{ name: 'p', seeds: ['a:18080'] }] },
    },
  })

describe('external-woodpecker-needs-service-mode', () => {
  it.each([
    ['the default 2.6 image', ext()],
    ['a 2.6 release', ext('milvusdb/milvus:v2.6.15')],
  ])('warns for %s', (_n, doc) => {
    expect(findingsOf(rule, doc).map((f) => [f.severity, f.path.join('.')])).toEqual([
      ['warning', 'spec.dependencies.woodpecker.external'],
    ])
  })

  itDoesNotFire(rule, [
    ['a master build', ext('milvusdb/milvus:master-20260801')],
    ['embedded woodpecker', aCluster({ dependencies: { msgStreamType: 'woodpecker' } })],
    [
      'external flag under another store',
      aCluster({ dependencies: { msgStreamType: 'pulsar', woodpecker: { external: true } } }),
    ],
    ['no dependencies at all', aCluster()],
  ])
})
