import { describe, expect, it } from 'vitest'
import { external, good, lintWith, secret } from '../../test/secretFixtures'
import { secretKeysMissing } from './secretKeysMissing'

describe('secret-keys-missing', () => {
  it.each([
    [
      'AWS-style keys',
      [secret('creds', { stringData: { AWS_ACCESS_KEY_ID: 'a', secretkey: 'b' } })],
      'no "accesskey" key',
      'CreateContainerConfigError',
    ],
    [
      'a key in the wrong case',
      [secret('creds', { stringData: { accessKey: 'a', secretkey: 'b' } })],
      '"accessKey" instead of "accesskey"',
      'SecretNotExist',
    ],
    [
      'an empty Kafka password',
      [secret('sasl', { stringData: { username: 'u', password: '' } })],
      'an empty "password"',
      'kafka sasl secret[ns/sasl] has no [password] key',
    ],
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
