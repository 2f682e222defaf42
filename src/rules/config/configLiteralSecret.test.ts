import { describe, expect, it } from 'vitest'
import { aStandalone } from '../../test/builders'
import { findingsOf, itDoesNotFire } from '../../test/ruleKit'
import { configLiteralSecret } from './configLiteralSecret'

const rule = configLiteralSecret

describe('config-literal-secret', () => {
  it.each([
    [
      'the root password',
      { common: { security: { defaultRootPassword: 'Milvus123' } } },
      /COMMON_SECURITY_DEFAULTROOTPASSWORD/,
    ],
    [
      'the etcd password',
      { etcd: { auth: { enabled: true, userName: 'root', password: 'p' } } },
      /ETCD_AUTH_PASSWORD/,
    ],
    ['the object-storage secret key', { minio: { secretAccessKey: 'abc' } }, /storage\.secretRef/],
    [
      'a credential API key',
      { credential: { mine: { apikey: 'sk-1' } } },
      /CREDENTIAL_MINE_APIKEY/,
    ],
    ['a Pulsar token', { pulsar: { token: 'eyJ' } }, /PULSAR_TOKEN/],
  ])('warns about %s and says where to take it from', (_n, config, where) => {
    const found = findingsOf(rule, aStandalone({ config }))
    expect(found).toHaveLength(1)
    expect(found[0]?.severity).toBe('warning')
    expect(found[0]?.message.en).toMatch(where)
  })

  itDoesNotFire(rule, [
    [
      'empty secrets',
      aStandalone({ config: { minio: { secretAccessKey: '' }, etcd: { auth: { password: '' } } } }),
    ],
    [
      'paths to key files',
      aStandalone({ config: { tls: { serverKeyPath: '/certs/server.key' } } }),
    ],
    [
      'the access key ID (an account name on Azure)',
      aStandalone({ config: { minio: { accessKeyID: 'account' } } }),
    ],
    [
      'kafka.saslPassword (kafka-sasl-password-literal names kafka.secretRef)',
      aStandalone({ config: { kafka: { saslPassword: 'p' } } }),
    ],
    ['no config', aStandalone()],
  ])
})
