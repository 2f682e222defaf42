import { describe, expect, it } from 'vitest'
import type { InClusterConfig } from '../../model'
import { applyFix, findingsOf, milvus, remainingAfterFix } from '../../test/ruleKit'
import { etcdRbacKeyMatchesChart as rule } from './etcdRbacKeyMatchesChart'

const etcd = (inCluster: InClusterConfig, external = false) =>
  milvus({ dependencies: { etcd: { external, inCluster } } })
const rbac = (keys: Record<string, unknown>) => ({
  auth: { rbac: { rootPassword: 'pw', ...keys } },
})

describe('etcd-rbac-key-matches-chart', () => {
  it.each([
    [
      'v6 key with no chart version (v8 default)',
      etcd({ values: rbac({ enabled: true }) }),
      'enabled',
    ],
    [
      'v6 key on etcd-v8',
      etcd({ chartVersion: 'etcd-v8', values: rbac({ enabled: false }) }),
      'enabled',
    ],
    [
      'v8 key on etcd-v6',
      etcd({ chartVersion: 'etcd-v6', values: rbac({ create: true }) }),
      'create',
    ],
  ])('fires for %s', (_, resource, key) => {
    const findings = findingsOf(rule, resource)
    expect(findings).toHaveLength(1)
    expect(findings[0]?.severity).toBe('warning')
    expect(findings[0]?.path.at(-1)).toBe(key)
  })

  it.each([
    ['v8 key with no chart version', etcd({ values: rbac({ create: true }) })],
    ['v6 key on etcd-v6', etcd({ chartVersion: 'etcd-v6', values: rbac({ enabled: true }) })],
    ['no auth values', etcd({ values: { replicaCount: 3 } })],
    ['null values', etcd({ values: null })],
    ['an external etcd', etcd({ values: rbac({ enabled: true }) }, true)],
    [
      'an unknown chart version',
      etcd({ chartVersion: 'etcd-v7', values: rbac({ enabled: true }) }),
    ],
  ])('stays quiet for %s', (_, resource) => {
    expect(findingsOf(rule, resource)).toEqual([])
  })

  it('renames the key and keeps its value', () => {
    const r = etcd({ values: rbac({ enabled: false }) })
    const fixed = applyFix(r, findingsOf(rule, r)[0]?.fix)
    expect(fixed.spec.dependencies?.etcd?.inCluster?.values).toEqual(rbac({ create: false }))
    expect(findingsOf(rule, fixed)).toEqual([])
  })

  it('removes the stray key when both are written', () => {
    const r = etcd({ chartVersion: 'etcd-v6', values: rbac({ enabled: true, create: true }) })
    expect(findingsOf(rule, r)[0]?.message.en).toContain('remove it')
    expect(remainingAfterFix(rule, r)).toEqual([])
  })
})
