import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { MSG_STREAM_TYPES, type MilvusResource, type MsgStreamType } from '../model'
import { PRESETS } from '../presets'
import { HAS_SHARED, SKIP_REASON, readReference } from '../test/sharedReference'
import { HELM_STANDALONE_QUEUES, HELM_STORE_FLAGS } from '../model'
import { buildHelmValues, toHelmValues } from './helmValues'
import { deriveDocument } from '../derive'

type Rec = Record<string, unknown>

function milvus(spec: MilvusResource['spec']): MilvusResource {
  return { apiVersion: 'milvus.io/v1beta1', kind: 'Milvus', metadata: { name: 'demo' }, spec }
}

function enabledStores(values: Rec): string[] {
  const on = HELM_STORE_FLAGS.filter((f) => (values[f] as Rec | undefined)?.enabled === true).map(
    String,
  )
  const cluster = (values.cluster as Rec).enabled === true
  const queue = (values.standalone as Rec | undefined)?.messageQueue
  if (!cluster && (HELM_STANDALONE_QUEUES as readonly unknown[]).includes(queue))
    on.push(`standalone.messageQueue=${String(queue)}`)
  return on
}

const VARIANTS: [string, MilvusResource['spec']][] = MSG_STREAM_TYPES.filter(
  (s) => s !== 'custom',
).flatMap(
  (store: MsgStreamType) =>
    [
      [`${store} standalone`, { mode: 'standalone', dependencies: { msgStreamType: store } }],
      [`${store} cluster`, { mode: 'cluster', dependencies: { msgStreamType: store } }],
      [
        `${store} external`,
        {
          mode: 'cluster',
          dependencies: {
            msgStreamType: store,
            [store]: { external: true, endpoint: 'h:1', brokerList: ['a:1'] },
          },
        },
      ],
    ] as [string, MilvusResource['spec']][],
)

const presetResources = PRESETS.flatMap((p) => {
  const r = deriveDocument(p.yaml).resource
  return r ? [[p.id, r] as const] : []
})

describe('toHelmValues', () => {
  it.each(VARIANTS.filter(([n]) => !/^(rocksmq|natsmq) (cluster|external)/.test(n)))(
    'enables exactly one store: %s',
    (_n, spec) => {
      const values = parse(toHelmValues({ resource: milvus(spec) }).yaml) as Rec
      expect(enabledStores(values)).toHaveLength(1)
      for (const flag of HELM_STORE_FLAGS)
        expect(typeof (values[flag] as Rec).enabled).toBe('boolean')
    },
  )

  it('lists an embedded store in cluster mode as unmapped instead of enabling it', () => {
    const { yaml, unmapped } = toHelmValues({
      resource: milvus({ mode: 'cluster', dependencies: { msgStreamType: 'rocksmq' } }),
    })
    expect(enabledStores(parse(yaml) as Rec)).toEqual([])
    expect(unmapped.map((u) => u.path)).toContain('spec.dependencies.msgStreamType')
  })

  it('maps external Kafka with one broker string, the security settings and the secretRef caveat', () => {
    const docs = PRESETS.find((p) => p.id === 'docs-kafka-external')?.yaml ?? ''
    const r = deriveDocument(docs).resource
    if (!r) throw new Error('preset does not parse')
    const { yaml, unmapped } = toHelmValues({ resource: r })
    const values = parse(yaml) as Rec
    expect(values.externalKafka).toEqual({
      enabled: true,
      brokerList: 'kafka-broker-0.example.internal:9092,kafka-broker-1.example.internal:9092',
      securityProtocol: 'SASL_SSL',
      sasl: { mechanisms: 'SCRAM-SHA-512' },
    })
    expect(
      unmapped.find((u) => u.path === 'spec.dependencies.kafka.secretRef')?.reason.en,
    ).toContain('milvus-kafka-sasl')
    expect(yaml).toContain(
      "#   --set-file externalKafka.sasl.password=<(kubectl get secret milvus-kafka-sasl -n default -o jsonpath='{.data.password}' | base64 -d)",
    )
    expect(yaml).toMatch(
      /\n# Not carried over to the chart .*:\n# {3}spec\.dependencies\.kafka\.secretRef: /,
    )
    expect(toHelmValues({ resource: r }, { lang: 'ko' }).yaml).toContain(
      '# 차트로 옮기지 못한 설정',
    )
    expect(parse((values.extraConfigFiles as Rec)['user.yaml'] as string)).toEqual(r.spec.config)
  })

  it('splits the external Pulsar endpoint into host and port', () => {
    const values = parse(
      toHelmValues({
        resource: milvus({
          mode: 'cluster',
          dependencies: {
            msgStreamType: 'pulsar',
            pulsar: { external: true, endpoint: 'pulsar.svc:6651' },
          },
        }),
      }).yaml,
    ) as Rec
    expect(values.externalPulsar).toEqual({ enabled: true, host: 'pulsar.svc', port: 6651 })
    expect((values.pulsarv3 as Rec).enabled).toBe(false)
  })

  it('maps RocksMQ persistence onto the standalone volume', () => {
    const r = deriveDocument(PRESETS.find((p) => p.id === 'docs-rocksmq')?.yaml ?? '').resource
    if (!r) throw new Error('preset does not parse')
    const values = parse(toHelmValues({ resource: r }).yaml) as Rec
    expect((values.standalone as Rec).persistence).toEqual({
      enabled: true,
      persistentVolumeClaim: {
        accessModes: 'ReadWriteOnce',
        storageClass: 'local-path',
        size: '10Gi',
      },
    })
  })

  it('maps replicas, the image and external storage, and never drops a setting silently', () => {
    const { yaml, unmapped } = toHelmValues({
      resource: milvus({
        mode: 'cluster',
        components: {
          image: 'reg.example/milvus:v2.6.3',
          enableRollingUpdate: true,
          queryNode: { replicas: 3, env: [] },
        },
        dependencies: {
          storage: { external: true, type: 'S3', endpoint: 's3.example:443', secretRef: 'keys' },
        },
        config: { minio: { useSSL: true, bucketName: 'b' } },
      }),
    })
    const values = parse(yaml) as Rec
    expect(values.image).toEqual({ all: { repository: 'reg.example/milvus', tag: 'v2.6.3' } })
    expect((values.queryNode as Rec).replicas).toBe(3)
    expect(values.externalS3).toEqual({
      enabled: true,
      host: 's3.example',
      port: 443,
      useSSL: true,
      bucketName: 'b',
    })
    expect(unmapped.map((u) => u.path)).toEqual(
      expect.arrayContaining([
        'spec.components.enableRollingUpdate',
        'spec.components.queryNode.env',
        'spec.dependencies.storage.secretRef',
      ]),
    )
  })
})

describe.skipIf(!HAS_SHARED)('toHelmValues against the chart values.yaml', () => {
  const chart = HAS_SHARED ? (parse(readReference('helm/values.yaml')) as Rec) : {}

  function exists(path: string[]): boolean {
    let cur: unknown = chart
    for (const key of path) {
      if (cur === null || cur === undefined) return true // a null default takes any value
      if (typeof cur !== 'object' || Array.isArray(cur)) return false
      if (Object.keys(cur).length === 0) return true // an empty map is free-form
      if (!Object.hasOwn(cur, key)) return false
      cur = (cur as Rec)[key]
    }
    return true
  }

  function leaves(
    v: unknown,
    prefix: string[],
    skip: readonly string[],
    out: string[][],
  ): string[][] {
    const dotted = prefix.join('.')
    if (skip.includes(dotted) || dotted === 'extraConfigFiles.user.yaml') return out
    if (v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length > 0) {
      for (const [k, child] of Object.entries(v)) leaves(child, [...prefix, k], skip, out)
    } else out.push(prefix)
    return out
  }

  const cases = [...presetResources, ...VARIANTS.map(([n, spec]) => [n, milvus(spec)] as const)]
  it.each(cases)('every key written for %s exists in the chart', (_n, r) => {
    const b = buildHelmValues(r)
    const missing = leaves(b.values, [], b.passthrough, [])
      .filter((p) => !exists(p))
      .map((p) => p.join('.'))
    expect(missing).toEqual([])
  })
})

describe.runIf(!HAS_SHARED)('toHelmValues against the chart values.yaml (absent)', () => {
  it(SKIP_REASON, () => expect(HAS_SHARED).toBe(false))
})
