import { describe, expect, it } from 'vitest'
import { aCluster } from '../test/builders'
import {
  configLeaves,
  initialSettingValue,
  listMilvusSettings,
  searchSettings,
  settingAt,
  settingChildren,
} from './settingLookup'

describe('settingAt', () => {
  it('finds a milvus.yaml key with its docs page and line', () => {
    const info = settingAt(
      ['spec', 'config', 'common', 'security', 'authorizationEnabled'],
      aCluster(),
    )
    expect(info).toMatchObject({
      key: 'authorizationEnabled',
      catalogue: 'milvus.yaml',
      entry: { type: 'b', default: false },
    })
    expect(info?.links[0]).toBe('https://milvus.io/docs/configure_common.md')
    expect(info?.links[1]).toMatch(/milvus\.yaml#L\d+$/)
  })

  it('reads chart keys from the chart chartVersion selects', () => {
    const v2 = aCluster({
      dependencies: { pulsar: { inCluster: { chartVersion: 'pulsar-v2', values: {} } } },
    })
    expect(
      settingAt(['spec', 'dependencies', 'pulsar', 'inCluster', 'values', 'dashboard'], v2)
        ?.catalogue,
    ).toBe('pulsar-2.7.8')
    expect(
      settingAt(['spec', 'dependencies', 'pulsar', 'inCluster', 'values', 'dashboard'], aCluster()),
    ).toBeUndefined()
  })

  it.each([[['spec', 'components', 'image']], [['spec', 'config']], [['spec', 'config', 'zzz']]])(
    'has nothing for %j',
    (path) => {
      expect(settingAt(path, aCluster())).toBeUndefined()
    },
  )
})

describe('settingChildren', () => {
  it('lists the sections of milvus.yaml at spec.config and the keys of a section', () => {
    expect(settingChildren(['spec', 'config'], aCluster()).map((s) => s.key)).toContain(
      'quotaAndLimits',
    )
    expect(
      settingChildren(['spec', 'config', 'common', 'security'], aCluster()).map((s) => s.key),
    ).toContain('authorizationEnabled')
  })

  it('lists chart keys under inCluster.values and nothing under a leaf', () => {
    const keys = settingChildren(
      ['spec', 'dependencies', 'etcd', 'inCluster', 'values'],
      aCluster(),
    ).map((s) => s.key)
    expect(keys).toEqual(expect.arrayContaining(['replicaCount', 'persistence', 'auth']))
    expect(settingChildren(['spec', 'config', 'proxy', 'maxTaskNum'], aCluster())).toEqual([])
  })
})

describe('listMilvusSettings', () => {
  it('lists leaves only', () => {
    const all = listMilvusSettings()
    expect(all.length).toBeGreaterThan(500)
    expect(all.every((s) => s.entry.type !== 'o')).toBe(true)
  })
})

describe('configLeaves and initialSettingValue', () => {
  it('flattens spec.config to dotted leaves, keeping empty maps and lists as values', () => {
    expect(
      configLeaves({
        common: { security: { authorizationEnabled: true } },
        log: {},
        proxy: { ips: ['a'] },
      }),
    ).toEqual([
      { path: 'common.security.authorizationEnabled', value: true },
      { path: 'log', value: {} },
      { path: 'proxy.ips', value: ['a'] },
    ])
    expect(configLeaves(undefined)).toEqual([])
  })

  it('starts a new setting at its default, or empty', () => {
    expect(initialSettingValue({ path: 'a', type: 'i', default: 3 })).toBe(3)
    expect(initialSettingValue({ path: 'a', type: 'n' })).toBe('')
    expect(initialSettingValue({ path: 'a', type: 'l' })).toEqual([])
  })
})

describe('searchSettings', () => {
  const all = listMilvusSettings()
  it('puts the exact path first and matches every word', () => {
    expect(searchSettings(all, 'common.security.authorizationEnabled', 5)[0]?.entry.path).toBe(
      'common.security.authorizationEnabled',
    )
    expect(searchSettings(all, 'security authoriz', 5).map((s) => s.entry.path)).toContain(
      'common.security.authorizationEnabled',
    )
    expect(searchSettings(all, 'zzzz', 5)).toEqual([])
    expect(searchSettings(all, '  ', 5)).toEqual([])
  })
  it('limits the list', () => {
    expect(searchSettings(all, 'enable', 7)).toHaveLength(7)
  })
})
