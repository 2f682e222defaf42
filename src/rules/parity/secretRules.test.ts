import { describe, expect, it } from 'vitest'
import type { MilvusResource } from '../../model'
import { milvus } from '../deps/testKit'
import { secretKeysMissing } from './secretKeysMissing'
import { secretNamespace } from './secretNamespace'
import { secretWrongType } from './secretWrongType'
import { lintWith } from './testKit'

const external = (namespace = 'ns'): MilvusResource => {
  const r = milvus({
    dependencies: {
      msgStreamType: 'kafka',
      kafka: { external: true, brokerList: ['k:9092'], secretRef: 'sasl' },
      storage: { external: true, type: 'S3', endpoint: 's3.amazonaws.com:443', secretRef: 'creds' },
    },
  })
  return namespace === '' ? { ...r, metadata: { name: 'demo' } } : r
}
const secret = (name: string, body: Record<string, unknown>, namespace: string | null = 'ns') => ({
  apiVersion: 'v1', kind: 'Secret', metadata: { name, ...(namespace === null ? {} : { namespace }) }, ...body,
})
const good = [
  secret('creds', { stringData: { accesskey: 'a', secretkey: 'b' } }),
  secret('sasl', { data: { username: 'dXNlcg==', password: 'cGFzcw==' } }),
]

describe('secret-keys-missing', () => {
  it.each([
    ['AWS-style keys', [secret('creds', { stringData: { AWS_ACCESS_KEY_ID: 'a', secretkey: 'b' } })], 'no "accesskey" key', 'CreateContainerConfigError'],
    ['a key in the wrong case', [secret('creds', { stringData: { accessKey: 'a', secretkey: 'b' } })], '"accessKey" instead of "accesskey"', 'SecretNotExist'],
    ['an empty Kafka password', [secret('sasl', { stringData: { username: 'u', password: '' } })], 'an empty "password"', 'kafka sasl secret[ns/sasl] has no [password] key'],
  ])('fires on %s', (_, stream, what, then) => {
    const [f, ...rest] = lintWith(secretKeysMissing, external(), stream)
    expect(rest).toEqual([])
    expect(f?.message.en).toContain(what)
    expect(f?.message.en).toContain(then)
  })

  it('stays quiet when the Secrets have the keys', () => {
    expect(lintWith(secretKeysMissing, external(), good)).toEqual([])
  })

  it('stays quiet when the Secret is not in the file (it may exist in the cluster)', () => {
    expect(lintWith(secretKeysMissing, external(), [])).toEqual([])
  })
})

describe('secret-namespace', () => {
  it('fires as an error when both namespaces are written and differ', () => {
    const [f] = lintWith(secretNamespace, external(), [secret('creds', { stringData: { accesskey: 'a', secretkey: 'b' } }, 'other')])
    expect([f?.severity, f?.path.join('.')]).toEqual(['error', 'spec.dependencies.storage.secretRef'])
    expect(f?.message.en).toContain('namespace ns')
  })
  it('warns when only one side names its namespace', () => {
    const findings = lintWith(secretNamespace, external(''), [secret('creds', { stringData: { accesskey: 'a', secretkey: 'b' } })])
    expect(findings.map((f) => f.severity)).toEqual(['warning'])
  })
  it('stays quiet in the same namespace, or with both left to kubectl', () => {
    expect(lintWith(secretNamespace, external(), good)).toEqual([])
    expect(lintWith(secretNamespace, external(''), [secret('creds', { stringData: { accesskey: 'a' } }, null)])).toEqual([])
  })
})

describe('secret-wrong-type', () => {
  it.each([
    ['a ConfigMap of that name', [{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'creds', namespace: 'ns' }, data: { accesskey: 'a' } }], 'is a ConfigMap'],
    ['a TLS-typed Secret without tls.crt', [secret('creds', { type: 'kubernetes.io/tls', stringData: { accesskey: 'a', secretkey: 'b' } })], 'requires tls.crt and tls.key'],
    ['plain text under data', [secret('creds', { data: { accesskey: 'my key', secretkey: 'b' } })], 'not base64'],
    ['a number under stringData', [secret('sasl', { stringData: { username: 'u', password: 12345 } })], 'must be strings'],
  ])('fires on %s', (_, stream, says) => {
    const findings = lintWith(secretWrongType, external(), stream)
    expect(findings).toHaveLength(1)
    expect(findings[0]?.message.en).toContain(says)
  })
  it('stays quiet for valid Secrets and without any', () => {
    expect(lintWith(secretWrongType, external(), good)).toEqual([])
    expect(lintWith(secretWrongType, external(), [])).toEqual([])
  })
})
