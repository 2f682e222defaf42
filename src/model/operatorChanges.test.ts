import { describe, expect, it } from 'vitest'
import { aCluster, aStandalone, withPath } from '../test/builders'
import {
  applyOperatorDefaults,
  effectiveBuiltInMq,
  effectiveEnableRollingUpdate,
  effectiveNamespace,
  operatorChanges,
} from './operatorChanges'
import { pathToString } from './paths'
import type { MilvusResource } from './types'

const V25 = { image: 'milvusdb/milvus:v2.5.4' }
const find = (r: MilvusResource, path: string) =>
  operatorChanges(r).find((c) => pathToString(c.path) === path)

describe('effective helpers', () => {
  it.each([
    [undefined, 'default'],
    ['', 'default'],
    ['milvus', 'milvus'],
  ] as const)('namespace %j -> %s', (ns, expected) => {
    expect(effectiveNamespace(withPath(aStandalone(), ['metadata', 'namespace'], ns))).toBe(
      expected,
    )
  })

  it.each<[string, MilvusResource, string | undefined]>([
    ['standalone 2.6 default', aStandalone(), 'woodpecker'],
    ['standalone 2.5 default', aStandalone({ components: V25 }), 'rocksmq'],
    ['explicit natsmq', aStandalone({ dependencies: { msgStreamType: 'natsmq' } }), 'natsmq'],
    [
      'external woodpecker',
      aCluster({ dependencies: { msgStreamType: 'woodpecker', woodpecker: { external: true } } }),
      undefined,
    ],
    ['pulsar cluster', aCluster(), undefined],
  ])('built-in MQ for %s', (_, r, expected) => {
    expect(effectiveBuiltInMq(r)).toBe(expected)
  })

  it.each<[string, MilvusResource, boolean]>([
    ['unset on woodpecker', aStandalone(), true],
    ['unset on rocksmq standalone', aStandalone({ components: V25 }), false],
    [
      'true on rocksmq standalone (forced off)',
      aStandalone({ components: { ...V25, enableRollingUpdate: true } }),
      false,
    ],
    [
      'true on rocksmq cluster (not forced)',
      aCluster({
        components: { enableRollingUpdate: true },
        dependencies: { msgStreamType: 'rocksmq' },
      }),
      true,
    ],
    [
      'false on kafka',
      aStandalone({
        components: { enableRollingUpdate: false },
        dependencies: { msgStreamType: 'kafka' },
      }),
      false,
    ],
  ])('enableRollingUpdate: %s', (_, r, expected) => {
    expect(effectiveEnableRollingUpdate(r)).toBe(expected)
  })
})

describe('operatorChanges', () => {
  it('overwrites an in-cluster Kafka broker list but leaves an external one alone', () => {
    const inCluster = aCluster({
      dependencies: { msgStreamType: 'kafka', kafka: { brokerList: ['mine:9092'] } },
    })
    expect(find(inCluster, 'spec.dependencies.kafka.brokerList')).toMatchObject({
      kind: 'overwrite',
      value: ['my-milvus-kafka.default:9092'],
      written: ['mine:9092'],
    })
    const external = withPath(inCluster, ['spec', 'dependencies', 'kafka', 'external'], true)
    expect(find(external, 'spec.dependencies.kafka.brokerList')).toBeUndefined()
  })

  it('overwrites in-cluster pulsar and storage endpoints with names built from the resource', () => {
    const r = withPath(
      aCluster({
        dependencies: { pulsar: { endpoint: 'x:6650' }, storage: { endpoint: 's3:443' } },
      }),
      ['metadata', 'namespace'],
      'ns',
    )
    expect(find(r, 'spec.dependencies.pulsar.endpoint')?.value).toBe(
      'my-milvus-pulsar-proxy.ns:6650',
    )
    expect(find(r, 'spec.dependencies.storage.endpoint')?.value).toBe('my-milvus-minio.ns:9000')
    expect(find(r, 'spec.dependencies.storage.secretRef')?.value).toBe('my-milvus-minio')
  })

  it('fills defaults only where nothing is written', () => {
    expect(find(aStandalone(), 'spec.dependencies.msgStreamType')?.value).toBe('woodpecker')
    expect(
      find(
        aStandalone({ dependencies: { msgStreamType: 'kafka' } }),
        'spec.dependencies.msgStreamType',
      ),
    ).toBeUndefined()
    expect(
      find(aStandalone({ components: { image: 'x:v2.5.0' } }), 'spec.components.image'),
    ).toBeUndefined()
    expect(find(aCluster(), 'spec.dependencies.etcd.endpoints')?.value).toHaveLength(3)
    expect(find(aStandalone(), 'spec.dependencies.etcd.endpoints')?.value).toEqual([
      'my-milvus-etcd-0.my-milvus-etcd-headless.default:2379',
    ])
    expect(
      find(
        aCluster({ dependencies: { etcd: { external: true, endpoints: ['e:2379'] } } }),
        'spec.dependencies.etcd.endpoints',
      ),
    ).toBeUndefined()
  })

  it('removes the config keys the operator forces and flags a mq.type it ignores', () => {
    const r = aStandalone({
      dependencies: { msgStreamType: 'pulsar' },
      config: { pulsar: { address: 'p', port: 6650 }, mq: { type: 'kafka' } },
    })
    const removed = operatorChanges(r)
      .filter((c) => c.kind === 'remove')
      .map((c) => pathToString(c.path))
    expect(removed).toEqual(['spec.config.pulsar.address', 'spec.config.pulsar.port'])
    expect(find(r, 'spec.config.mq.type')).toMatchObject({
      stage: 'render',
      value: 'pulsar',
      written: 'kafka',
    })
    const custom = withPath(r, ['spec', 'dependencies', 'msgStreamType'], 'custom')
    expect(find(custom, 'spec.config.mq.type')).toBeUndefined()
  })

  it('applyOperatorDefaults gives the stored resource without touching the input', () => {
    const r = aStandalone({
      components: { ...V25, enableRollingUpdate: true },
      config: { mq: { type: 'kafka' }, minio: { port: 9000 } },
    })
    const stored = applyOperatorDefaults(r)
    expect(stored.spec.components).toMatchObject({
      enableRollingUpdate: false,
      standalone: { replicas: 1 },
      rollingMode: 2,
    })
    expect(stored.spec.dependencies?.msgStreamType).toBe('rocksmq')
    expect(stored.spec.config).toEqual({ mq: { type: 'kafka' }, minio: {} })
    expect(r.spec.components?.enableRollingUpdate).toBe(true)
    expect(operatorChanges(stored).filter((c) => c.stage === 'webhook')).toEqual([])
  })
})
