/** The catalogue generator on small inputs: what it reads from comments and free-form lists. */
import { describe, expect, it } from 'vitest'
import { buildChartRows, expandEntry } from '../../../scripts/catalogues/chartValues'
import { buildConfigRows } from '../../../scripts/catalogues/milvusYaml'

const MILVUS_YAML = `# Licence prose: it is not a key.
etcd:
  # Caution: changing this breaks things.
  endpoints: localhost:2379 # inline comment
  ssl:
    enabled: false
# If you want to enable kafka, uncomment this
# kafka:
#   brokerList: localhost:9092
#   ssl:
#     enabled: false
#   readTimeout: 10
proxy:
  # Example below:
  #   - name: a
  maxTaskNum: 1024
  ratio: 0.5
  list: [a, b]
  empty:
`

describe('buildConfigRows', () => {
  const rows = buildConfigRows(MILVUS_YAML)
  const byPath = new Map(rows.map((r) => [r[0], r]))

  it('lists active keys with type, default and line', () => {
    expect(byPath.get('etcd.endpoints')).toEqual(['etcd.endpoints', 's', 'localhost:2379', 4, 0])
    expect(byPath.get('etcd.ssl.enabled')).toEqual(['etcd.ssl.enabled', 'b', false, 6, 0])
    expect(byPath.get('proxy.maxTaskNum')?.[1]).toBe('i')
    expect(byPath.get('proxy.ratio')?.[1]).toBe('f')
    expect(byPath.get('proxy.list')?.[1]).toBe('l')
    expect(byPath.get('proxy.empty')?.[1]).toBe('n')
  })

  it('reads a commented-out section, marked as such, with its lines', () => {
    expect(byPath.get('kafka')).toEqual(['kafka', 'o', null, 8, 1])
    expect(byPath.get('kafka.ssl.enabled')).toEqual(['kafka.ssl.enabled', 'b', false, 11, 1])
    expect(byPath.get('kafka.readTimeout')).toEqual(['kafka.readTimeout', 'i', 10, 12, 1])
  })

  it('does not take prose or list examples for keys', () => {
    expect([...byPath.keys()].filter((k) => /Caution|Licence|Example|name/.test(k))).toEqual([])
  })
})

describe('expandEntry', () => {
  it.each([
    ['commonLabels', ['commonLabels']],
    ['zookeeper.updateStrategy, bookkeeper.updateStrategy', ['zookeeper.updateStrategy', 'bookkeeper.updateStrategy']],
    ['<c>.configData (c = broker, proxy; becomes ConfigMap data)', ['broker.configData', 'proxy.configData']],
    ['<c>.volumes.<v>.storageClass{,.type}', ['a.volumes.*.storageClass', 'a.volumes.*.storageClass.type']],
    ['broker.storageOffload.{driver,bucket}', ['broker.storageOffload.driver', 'broker.storageOffload.bucket']],
  ])('expands %s', (entry, paths) => {
    expect(expandEntry(entry, ['a'])).toEqual(paths)
  })
})

describe('buildChartRows', () => {
  it('marks free-form paths, keeps template-only keys and accepts what milvus-helm injects', () => {
    const rows = buildChartRows({
      values: { image: { registry: 'docker.io', repository: 'bitnami/etcd' }, podLabels: {}, resources: { limits: {} } },
      free: { k8sObjects: { resources: 'ResourceRequirements' }, templateOnly: ['service.port (legacy)'] },
      injected: { enabled: true, image: { tag: 'x' }, persistence: { accessMode: 'ReadWriteOnce' } },
    })
    const codes = Object.fromEntries(rows.map((r) => [r[0], r[1]]))
    expect(codes).toMatchObject({ global: 'm', image: 'o', 'image.registry': 's', podLabels: 'm', resources: 'k', 'service.port': 'n', enabled: 'x', 'persistence.accessMode': 'x' })
    expect(codes['resources.limits']).toBeUndefined()
  })
})
