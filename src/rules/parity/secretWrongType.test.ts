import { describe, expect, it } from 'vitest'
import { external, good, lintWith, secret } from '../../test/secretFixtures'
import { secretWrongType } from './secretWrongType'

describe('secret-wrong-type', () => {
  it.each([
    [
      'a ConfigMap of that name',
      [
        {
          apiVersion: 'v1',
          kind: 'ConfigMap',
          metadata: { name: 'creds', namespace: 'ns' },
          data: { accesskey: 'a' },
        },
      ],
      'is a ConfigMap',
    ],
    [
      'a TLS-typed Secret without tls.crt',
      [
        secret('creds', {
          type: 'kubernetes.io/tls',
          stringData: { accesskey: 'a', secretkey: 'b' },
        }),
      ],
      'requires tls.crt and tls.key',
    ],
    [
      'plain text under data',
      [secret('creds', { data: { accesskey: 'my key', secretkey: 'b' } })],
      'not base64',
    ],
    [
      'a number under stringData',
      [secret('sasl', { stringData: { username: 'u', password: 12345 } })],
      'must be strings',
    ],
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
