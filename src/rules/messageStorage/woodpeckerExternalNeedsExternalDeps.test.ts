import { describe, expect, it } from 'vitest'
import type { MilvusDependencies } from '../../model'
import { cluster, findingsOf } from '../../test/ruleKit'
import { woodpeckerExternalNeedsExternalDeps as rule } from './woodpeckerExternalNeedsExternalDeps'

const wp = { msgStreamType: 'woodpecker', woodpecker: { external: true } } as const
const extEtcd = { etcd: { external: true, endpoints: ['e:2379'] } }
const extStorage = { storage: { external: true, endpoint: 's3:443', secretRef: 's' } }

describe('woodpecker-external-needs-external-deps', () => {
  it.each<[string, MilvusDependencies, string[]]>([
    ['both in-cluster', { ...wp }, ['etcd', 'storage']],
    ['only storage external', { ...wp, ...extStorage }, ['etcd']],
    ['only etcd external', { ...wp, ...extEtcd }, ['storage']],
  ])('fires for %s', (_, dependencies, where) => {
    const findings = findingsOf(rule, cluster({ dependencies }))
    expect(findings.map((f) => f.path[2])).toEqual(where)
    expect(findings.every((f) => f.severity === 'warning')).toBe(true)
  })

  it.each<[string, MilvusDependencies]>([
    ['both external', { ...wp, ...extEtcd, ...extStorage }],
    ['embedded woodpecker', { msgStreamType: 'woodpecker' }],
    [
      'external flag under another stream',
      { msgStreamType: 'kafka', woodpecker: { external: true } },
    ],
    ['no dependencies (cluster default is pulsar)', {}],
  ])('stays quiet for %s', (_, dependencies) => {
    expect(findingsOf(rule, cluster({ dependencies }))).toEqual([])
  })
})
