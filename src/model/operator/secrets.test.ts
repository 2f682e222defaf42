import { describe, expect, it } from 'vitest'
import type { MilvusResource, MilvusSpec } from '../types'
import { missingTypeKeys, readStreamObject, secretUses } from './secrets'

const of = (spec: MilvusSpec): MilvusResource => ({
  apiVersion: 'milvus.io/v1beta1',
  kind: 'Milvus',
  metadata: { name: 'm' },
  spec,
})

describe('secretUses', () => {
  it('reads accesskey/secretkey of an external storage Secret, ca.crt of the CA and username/password for Kafka', () => {
    const uses = secretUses(
      of({
        dependencies: {
          msgStreamType: 'kafka',
          kafka: { external: true, brokerList: ['k:9092'], secretRef: 'sasl' },
          storage: {
            external: true,
            endpoint: 's3:443',
            secretRef: 'creds',
            ssl: { enabled: true, caCertificateRef: 'ca' },
          },
        },
      }),
    )
    expect(uses.map((u) => [u.name, u.keys])).toEqual([
      ['creds', ['accesskey', 'secretkey']],
      ['ca', ['ca.crt']],
      ['sasl', ['username', 'password']],
    ])
  })
  it('ignores the secretRef of an in-cluster MinIO (the operator overwrites it) and a Kafka secret when Kafka is not used', () => {
    expect(
      secretUses(of({ dependencies: { storage: { secretRef: 'x' }, kafka: { secretRef: 'y' } } })),
    ).toEqual([])
  })
})

describe('readStreamObject', () => {
  it('reads data and stringData keys, flags non-base64 data and non-string values', () => {
    const o = readStreamObject({
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 's', namespace: 'ns' },
      data: { accesskey: 'bWluaW8=', secretkey: 'plain text' },
      stringData: { port: 9000 },
    })
    expect(
      o && [o.name, o.namespace, o.type, [...o.values.keys()], o.notBase64, o.notStrings],
    ).toEqual(['s', 'ns', 'Opaque', ['accesskey', 'secretkey', 'port'], ['secretkey'], ['port']])
  })
  it('is undefined for other kinds', () => {
    expect(readStreamObject({ apiVersion: 'v1', kind: 'Service' })).toBeUndefined()
  })
  it.each([
    ['kubernetes.io/tls', { 'ca.crt': 'x' }, ['tls.crt', 'tls.key']],
    ['kubernetes.io/basic-auth', { accesskey: 'x' }, ['username or password']],
    ['Opaque', {}, []],
  ])('type %s with %j misses %j', (type, stringData, missing) => {
    const o = readStreamObject({
      apiVersion: 'v1',
      kind: 'Secret',
      type,
      metadata: { name: 's' },
      stringData,
    })
    expect(o && missingTypeKeys(o)).toEqual(missing)
  })
})
