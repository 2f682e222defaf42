import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { HAS_SHARED, readReference } from '../../test/sharedReference'
import { aCluster } from '../../test/builders'
import { findingsOf, remainingAfterFixes } from '../../test/ruleKit'
import { chartValuesUnknownKey } from './chartValuesUnknownKey'

const rule = chartValuesUnknownKey
type Values = Record<string, unknown>
const pulsar = (values: Values, chartVersion?: string) =>
  aCluster({
    dependencies: { pulsar: { inCluster: { values, ...(chartVersion ? { chartVersion } : {}) } } },
  })
const kafka = (values: Values) =>
  aCluster({ dependencies: { msgStreamType: 'kafka', kafka: { inCluster: { values } } } })
const etcd = (values: Values, chartVersion?: string) =>
  aCluster({
    dependencies: { etcd: { inCluster: { values, ...(chartVersion ? { chartVersion } : {}) } } },
  })
const minio = (values: Values) => aCluster({ dependencies: { storage: { inCluster: { values } } } })

describe('chart-values-unknown-key', () => {
  it('finds every slip of the docs bookkeeper example', () => {
    const doc = pulsar({
      bookkeeper: {
        replicaCount: 1,
        resoureces: { limit: { cpu: '4' }, memory: '8Gi' },
        requests: { cpu: '200m', memory: '512Mi' },
      },
    })
    const found = findingsOf(rule, doc)
      .map((f) => f.path.slice(-2).join('.'))
      .sort()
    expect(found).toEqual([
      'bookkeeper.requests',
      'bookkeeper.resoureces',
      'resoureces.limit',
      'resoureces.memory',
    ])
  })

  it.each([
    ['replicas instead of replicaCount', kafka({ replicas: 1 }), 'replicaCount'],
    [
      'request inside resources',
      pulsar({ broker: { resources: { request: { cpu: 1 } } } }),
      'requests',
    ],
    [
      'resource (singular) in the zookeeper subchart',
      kafka({ zookeeper: { resource: { limits: { cpu: 1 } } } }),
      'resources',
    ],
    ['a misspelt etcd key', etcd({ persistance: { size: '10Gi' } }), 'persistence'],
    ['a misspelt key deep in minio', minio({ persistence: { sizee: '10Gi' } }), 'size'],
    [
      'a misspelt tei key',
      aCluster({
        dependencies: { tei: { enabled: true, inCluster: { values: { modelID: 'x' } } } },
      }),
      'modelId',
    ],
  ])('suggests a rename for %s', (_n, doc, to) => {
    const [f] = findingsOf(rule, doc)
    expect(f?.severity).toBe('warning')
    expect(f?.fix?.patches.at(-1)?.path.at(-1)).toBe(to)
  })

  it('names the chart the chartVersion selects', () => {
    expect(findingsOf(rule, etcd({ zzz: 1 }, 'etcd-v6'))[0]?.message.en).toMatch(
      /etcd 6\.3\.3 chart/,
    )
    expect(findingsOf(rule, etcd({ zzz: 1 }))[0]?.message.en).toMatch(/etcd 8\.12\.0 chart/)
  })

  it.each([
    [
      'well-formed values',
      pulsar({
        bookkeeper: {
          replicaCount: 3,
          resources: { limits: { cpu: 1 }, requests: { memory: '1Gi' } },
        },
      }),
    ],
    [
      'free-form maps and Kubernetes objects',
      pulsar({
        broker: { configData: { anyKey: 'x' }, annotations: { a: 'b' } },
        zookeeper: { tolerations: [{ key: 'k' }] },
      }),
    ],
    [
      'volume names chosen by the chart user',
      pulsar({ zookeeper: { volumes: { data: { storageClassName: 'fast' } } } }),
    ],
    ['keys only the templates read', pulsar({ nameOverride: 'x', clusterName: 'c' })],
    ['global', etcd({ global: { imageRegistry: 'r.example.com' } })],
    [
      'keys milvus-helm merges in (written back by the operator)',
      minio({ bucketName: 'b', enabled: true, name: 'minio' }),
    ],
    [
      'keys of the other chart version (left to chart-values-other-version)',
      pulsar({ dashboard: { replicaCount: 1 } }),
    ],
    ['operator fields (left to chart-values-operator-field)', pulsar({ deletionPolicy: 'Delete' })],
    [
      'external dependencies',
      aCluster({ dependencies: { pulsar: { external: true, inCluster: { values: { zzz: 1 } } } } }),
    ],
    ['no values', aCluster()],
  ])('does not fire for %s', (_n, doc) => {
    expect(findingsOf(rule, doc)).toEqual([])
  })

  it('its rename fixes clear their findings', () => {
    expect(
      remainingAfterFixes(rule, pulsar({ broker: { resoureces: { limits: { cpu: 1 } } } })),
    ).toEqual([[]])
    expect(remainingAfterFixes(rule, etcd({ persistance: { size: '1Gi' } }))).toEqual([[]])
  })
})

describe.skipIf(!HAS_SHARED)('chart-values-unknown-key on the real chart defaults', () => {
  const helm = HAS_SHARED
    ? (parse(readReference('helm/values.yaml')) as Record<string, Values>)
    : {}
  it.each([
    ['pulsarv3', (v: Values) => pulsar(v)],
    ['pulsar', (v: Values) => pulsar(v, 'pulsar-v2')],
    ['kafka', kafka],
    ['etcd', (v: Values) => etcd(v)],
    ['etcd (under etcd-v6)', (v: Values) => etcd(v, 'etcd-v6')],
    ['minio', minio],
  ])('finds nothing in the %s section the operator merges in', (section, build) => {
    const values = helm[section.split(' ')[0] ?? ''] ?? {}
    expect(Object.keys(values).length).toBeGreaterThan(3)
    expect(findingsOf(rule, build(values)).map((f) => f.path.slice(4).join('.'))).toEqual([])
  })

  it.each([
    ['etcd-8.12.0/values.yaml', (v: Values) => etcd(v)],
    ['etcd-6.3.3/values.yaml', (v: Values) => etcd(v, 'etcd-v6')],
    ['pulsar-3.3.0/values.yaml', (v: Values) => pulsar(v)],
    ['pulsar-2.7.8/values.yaml', (v: Values) => pulsar(v, 'pulsar-v2')],
    ['kafka-15.5.1/values.yaml', kafka],
    ['minio-8.0.17/values.yaml', minio],
  ])("finds nothing in the chart's own %s", (file, build) => {
    const values = parse(readReference(`charts/${file}`)) as Values
    expect(findingsOf(rule, build(values)).map((f) => f.path.slice(4).join('.'))).toEqual([])
  })
})

describe('chart-values-unknown-key on a values block with hundreds of unknown keys', () => {
  it('lists the first 100 one by one and counts the rest in one finding on the values block', () => {
    const values = Object.fromEntries(
      Array.from({ length: 230 }, (_, i) => [`notAChartKey${i}`, i]),
    )
    const findings = findingsOf(chartValuesUnknownKey, etcd(values))
    const valuesPath = ['spec', 'dependencies', 'etcd', 'inCluster', 'values']
    const summary = findings.filter((f) => f.path.length === valuesPath.length)
    expect(findings).toHaveLength(101)
    expect(summary).toHaveLength(1)
    expect(summary[0]?.path).toEqual(valuesPath)
    expect(summary[0]?.message.en).toMatch(/^130 more keys/)
  })
})
