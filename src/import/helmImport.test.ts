import { describe, expect, it } from 'vitest'
import { stringify } from 'yaml'
import { deriveDocument } from '../derive'
import { effectiveMsgStreamType } from '../model'
import { importHelmValues } from './helmImport'
import type { HelmImportOptions } from './types'

const imp = (values: unknown, options: HelmImportOptions = {}) =>
  importHelmValues(stringify(values), options)
const store = (values: unknown, options: HelmImportOptions = {}) => {
  const r = imp(values, options).resource
  return r ? { type: effectiveMsgStreamType(r), deps: r.spec.dependencies } : undefined
}
const errorsOf = (yaml: string): string[] =>
  deriveDocument(yaml)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.rule} ${f.path.join('.')}`)

describe('importHelmValues: the chart rendering rules', () => {
  it('reads mode from cluster.enabled, default cluster', () => {
    expect(imp({}).resource?.spec.mode).toBe('cluster')
    expect(imp({ cluster: { enabled: false } }).resource?.spec.mode).toBe('standalone')
  })

  it('keeps Pulsar v3 when a file only turns pulsar (v2) off, because pulsarv3 is on by default', () => {
    const s = store({ pulsar: { enabled: false } })
    expect(s?.type).toBe('pulsar')
    expect(s?.deps?.pulsar?.inCluster?.chartVersion).toBe('pulsar-v3')
  })

  it('lets Kafka win over the Pulsar family, as the last mq block rendered', () => {
    const result = imp({ kafka: { enabled: true } })
    expect(result.resource && effectiveMsgStreamType(result.resource)).toBe('kafka')
    expect(
      result.notes.some(
        (n) => n.path === 'pulsarv3' && n.message.en.includes('Milvus keeps the last'),
      ),
    ).toBe(true)
    expect(result.notes.some((n) => n.path === 'pulsarv3.enabled' && n.kind === 'unmapped')).toBe(
      true,
    )
  })

  it('lets the standalone block win over pulsarv3 in standalone mode, with its default queue per chart', () => {
    expect(store({ cluster: { enabled: false } })?.type).toBe('woodpecker')
    expect(store({ cluster: { enabled: false } }, { chartVersion: '4.2.56' })?.type).toBe('rocksmq')
    expect(
      store({
        cluster: { enabled: false },
        standalone: { messageQueue: 'rocksmq' },
        kafka: { enabled: true },
      })?.type,
    ).toBe('rocksmq')
  })

  it('needs the pulsar or kafka block for standalone.messageQueue pulsar or kafka', () => {
    expect(
      store({
        cluster: { enabled: false },
        standalone: { messageQueue: 'kafka' },
        pulsarv3: { enabled: false },
        kafka: { enabled: true },
      })?.type,
    ).toBe('kafka')
    const none = imp({
      cluster: { enabled: false },
      standalone: { messageQueue: 'kafka' },
      pulsarv3: { enabled: false },
    })
    expect(none.notes.find((n) => n.kind === 'error')?.message.en).toContain(
      'renders nothing by itself',
    )
  })

  it('orders the Pulsar family: external, then v2, then woodpecker, then v3', () => {
    expect(
      store({ externalPulsar: { enabled: true, host: 'p' }, pulsar: { enabled: true } })?.deps
        ?.pulsar?.external,
    ).toBe(true)
    expect(
      store({ pulsar: { enabled: true }, woodpecker: { enabled: true } })?.deps?.pulsar?.inCluster
        ?.chartVersion,
    ).toBe('pulsar-v2')
    expect(store({ woodpecker: { enabled: true } })?.type).toBe('woodpecker')
    expect(
      store({ externalKafka: { enabled: true, brokerList: 'a:9092' }, kafka: { enabled: true } })
        ?.deps?.kafka?.external,
    ).toBe(true)
  })

  it('pins the image to the chart default tag when the values set none, and keeps a given tag', () => {
    expect(imp({}).resource?.spec.components?.image).toBe('milvusdb/milvus:v2.6.15')
    expect(
      imp({ image: { all: { repository: 'r/m', tag: 'v2.5.14' } } }).resource?.spec.components
        ?.image,
    ).toBe('r/m:v2.5.14')
    const older = imp({}, { chartVersion: '4.2.56' })
    expect(older.resource?.spec.components?.image).toBeUndefined()
    expect(older.notes.find((n) => n.kind === 'error')?.path).toBe('image.all.tag')
  })

  it.each([
    ['pulsarV3', 'pulsarv3'],
    ['streamingnode', 'streamingNode'],
    ['externalMinio', 'externalS3'],
  ])('reports the unknown key %s with did-you-mean %s', (key, meant) => {
    const note = imp({ [key]: { enabled: true } }).notes.find((n) => n.kind === 'unknown-key')
    expect(note?.path).toBe(key)
    expect(note?.message.en).toContain(`did you mean ${meant}?`)
  })

  it('checks nested keys of blocks the chart reads, not of dependency charts', () => {
    const notes = imp({ queryNode: { replica: 2 }, kafka: { anything: 1 } }).notes.filter(
      (n) => n.kind === 'unknown-key',
    )
    expect(notes.map((n) => n.path)).toEqual(['queryNode.replica'])
    expect(notes[0]?.message.en).toContain('did you mean queryNode.replicas?')
  })

  it('rejects a chart version it cannot read and text that is not a mapping', () => {
    expect(importHelmValues('{}', { chartVersion: '3.0.0' }).ok).toBe(false)
    expect(importHelmValues('- a\n').ok).toBe(false)
    expect(importHelmValues('a: [\n').ok).toBe(false)
    expect(importHelmValues('{}', { name: 'Bad_Name' }).ok).toBe(false)
  })
})

describe('importHelmValues: credentials', () => {
  const values = {
    externalS3: {
      enabled: true,
      host: 's3.eu-west-1.amazonaws.com',
      port: 443,
      useSSL: true,
      bucketName: 'b',
      accessKey: 'AKIAEXAMPLEKEY',
      secretKey: 'wJalrXUtnFEMI/EXAMPLE',
    },
    minio: { enabled: false },
    externalKafka: {
      enabled: true,
      brokerList: 'k1:9092,k2:9092',
      securityProtocol: 'SASL_SSL',
      sasl: { mechanisms: 'SCRAM-SHA-512', username: 'svc', password: 'kafka-pass' },
    },
  }

  it('puts S3 keys and SASL credentials in Secrets before the Milvus document, never in it', () => {
    const result = imp(values, { name: 'prod', namespace: 'db' })
    const docs = result.yaml.split(/^---$/m)
    expect(docs.map((d) => /kind: (\w+)/.exec(d)?.[1])).toEqual(['Secret', 'Secret', 'Milvus'])
    const milvus = docs[2] ?? ''
    for (const secret of ['AKIAEXAMPLEKEY', 'wJalrXUtnFEMI/EXAMPLE', 'kafka-pass']) {
      expect(milvus).not.toContain(secret)
      expect(
        result.yaml
          .split('\n')
          .filter((l) => l.startsWith('#'))
          .join('\n'),
      ).not.toContain(secret)
    }
    expect(result.resource?.spec.dependencies?.storage).toMatchObject({
      external: true,
      type: 'S3',
      endpoint: 's3.eu-west-1.amazonaws.com:443',
      secretRef: 'prod-storage',
    })
    expect(result.resource?.spec.dependencies?.kafka).toMatchObject({
      external: true,
      brokerList: ['k1:9092', 'k2:9092'],
      secretRef: 'prod-kafka-sasl',
    })
    expect(result.resource?.spec.config?.kafka).toEqual({
      securityProtocol: 'SASL_SSL',
      saslMechanisms: 'SCRAM-SHA-512',
    })
    expect(result.secrets).toEqual([
      { name: 'prod-kafka-sasl', keys: ['username', 'password'] },
      { name: 'prod-storage', keys: ['accesskey', 'secretkey'] },
    ])
    expect(docs[0]).toContain('namespace: db')
    expect(errorsOf(result.yaml)).toEqual([])
  })

  const pulsar = (authParams: string) => ({
    externalPulsar: {
      enabled: true,
      host: 'pulsar.example',
      authPlugin: 'org.apache.pulsar.client.impl.auth.AuthenticationToken',
      authParams,
    },
    pulsarv3: { enabled: false },
    extraEnv: [{ name: 'TZ', value: 'UTC' }],
  })

  it('puts Pulsar authParams in a Secret handed to Milvus as PULSAR_AUTHPARAMS, never in the resource', () => {
    const token = 'token:eyJhbGciOiJIUzI1NiJ9.c2VjcmV0.sig'
    const result = imp(pulsar(token), { name: 'prod' })
    const docs = result.yaml.split(/^---$/m)
    expect(docs.map((d) => /kind: (\w+)/.exec(d)?.[1])).toEqual(['Secret', 'Milvus'])
    expect(docs[1]).not.toContain('eyJhbGciOiJIUzI1NiJ9')
    expect(docs[0]).toContain('eyJhbGciOiJIUzI1NiJ9')
    expect(result.secrets).toEqual([{ name: 'prod-pulsar-auth', keys: ['authParams'] }])
    expect(result.resource?.spec.config?.pulsar).toEqual({
      authPlugin: 'org.apache.pulsar.client.impl.auth.AuthenticationToken',
    })
    expect(result.resource?.spec.components?.env).toEqual([
      { name: 'TZ', value: 'UTC' },
      {
        name: 'PULSAR_AUTHPARAMS',
        valueFrom: { secretKeyRef: { name: 'prod-pulsar-auth', key: 'authParams' } },
      },
    ])
    const why = result.notes.find((n) => n.path === 'externalPulsar.authParams')
    expect(why?.kind).toBe('info')
    expect(why?.message.en).toContain('Secret prod-pulsar-auth')
    expect(why?.message.en).not.toContain('eyJhbGciOiJIUzI1NiJ9')
    expect(errorsOf(result.yaml)).toEqual([])
    expect(
      deriveDocument(result.yaml).findings.filter((f) => f.rule === 'config-literal-secret'),
    ).toEqual([])
  })

  it('writes a file: authParams (a path, not a credential) into spec.config as the chart does', () => {
    const result = imp(pulsar('file:/milvus/pulsar/token'), { name: 'prod' })
    expect(result.secrets).toEqual([])
    expect(result.resource?.spec.config?.pulsar).toMatchObject({
      authParams: 'file:/milvus/pulsar/token',
    })
    expect(result.resource?.spec.components?.env).toEqual([{ name: 'TZ', value: 'UTC' }])
  })

  it('lists a SASL protocol without credentials instead of inventing them', () => {
    const result = imp({ externalKafka: { enabled: true, brokerList: 'k:9092' } })
    expect(result.resource?.spec.config?.kafka).toMatchObject({ securityProtocol: 'SASL_SSL' })
    expect(result.notes.some((n) => n.path === 'externalKafka.sasl' && n.kind === 'unmapped')).toBe(
      true,
    )
  })
})

describe('importHelmValues: taking over a release', () => {
  it('writes the four data locations the release used, and says why', () => {
    const result = imp(
      { minio: { bucketName: 'old-bucket', rootPath: 'old-root' } },
      { takeOver: 'vectors' },
    )
    expect(result.resource?.metadata.name).toBe('vectors')
    expect(result.resource?.spec.config).toMatchObject({
      etcd: { rootPath: 'by-dev' },
      msgChannel: { chanNamePrefix: { cluster: 'by-dev' } },
      minio: { bucketName: 'old-bucket', rootPath: 'old-root' },
    })
    expect(result.yaml).toMatch(
      /# note: Take-over of release vectors: .*start empty beside the old data/,
    )
  })

  it('takes the release values from user.yaml and the chart defaults', () => {
    const user =
      'etcd:\n  rootPath: custom-root\nmsgChannel:\n  chanNamePrefix:\n    cluster: custom-prefix\n'
    const config = imp(
      { extraConfigFiles: { 'user.yaml': user } },
      { takeOver: 'r1', name: 'new-name' },
    ).resource?.spec.config
    expect(config).toMatchObject({
      etcd: { rootPath: 'custom-root' },
      msgChannel: { chanNamePrefix: { cluster: 'custom-prefix' } },
      minio: { bucketName: 'milvus-bucket', rootPath: 'file' },
    })
  })

  it('leaves them out for a new deployment', () => {
    expect(imp({}).resource?.spec.config?.etcd).toBeUndefined()
  })
})

describe('importHelmValues: user.yaml', () => {
  it('lets mq.type in user.yaml win, as Milvus reads it last, and moves it to msgStreamType', () => {
    const result = imp(
      {
        cluster: { enabled: false },
        pulsar: { enabled: false },
        extraConfigFiles: { 'user.yaml': 'mq:\n  type: natsmq\nlog:\n  level: debug\n' },
      },
      { chartVersion: '4.2.56' },
    )
    expect(result.resource?.spec.dependencies?.msgStreamType).toBe('natsmq')
    expect(result.resource?.spec.config).toEqual({ log: { level: 'debug' } })
    expect(
      result.notes.some(
        (n) => n.path === 'extraConfigFiles.user.yaml' && n.message.en.includes('runs on natsmq'),
      ),
    ).toBe(true)
  })
})
