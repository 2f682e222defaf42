import { describe, expect, it } from 'vitest'
import type { MilvusSpec } from '../../model'
import { findingsOf, milvus } from '../../test/ruleKit'
import { storageCaSecret as rule } from './storageCaSecret'

const ssl = (s: Record<string, unknown>, rest: MilvusSpec = {}): MilvusSpec => ({
  ...rest,
  dependencies: { storage: { external: true, endpoint: 'm:443', secretRef: 'c', ssl: s } },
})
const caVolume = (source: Record<string, unknown>) => ({
  components: { volumes: [{ name: 'ca', ...source }] },
})

describe('storage-ca-secret', () => {
  it.each([
    [
      'a CA mounted from a ConfigMap',
      ssl({ enabled: true, caCertificateRef: 'ca' }, caVolume({ configMap: { name: 'ca' } })),
      'warning',
      'caCertificateRef',
    ],
    [
      'a CA reference (reminder)',
      ssl({ enabled: true, caCertificateRef: 'ca' }),
      'info',
      'caCertificateRef',
    ],
    [
      'a CA only through minio.ssl.tlsCACert',
      ssl({ enabled: true }, { config: { minio: { ssl: { tlsCACert: '/ca.crt' } } } }),
      'info',
      'enabled',
    ],
  ] as const)('reports %s', (_, spec, severity, key) => {
    const findings = findingsOf(rule, milvus(spec))
    expect(findings.map((f) => [f.severity, f.path.at(-1)])).toEqual([[severity, key]])
  })

  it.each([
    [
      'a CA mounted from a Secret',
      ssl({ enabled: true, caCertificateRef: 'ca' }, caVolume({ secret: { secretName: 'ca' } })),
    ],
    [
      'a ConfigMap with another name',
      ssl({ enabled: true, caCertificateRef: 'ca' }, caVolume({ configMap: { name: 'other' } })),
    ],
  ])('only reminds for %s', (_, spec) => {
    expect(findingsOf(rule, milvus(spec)).map((f) => f.severity)).toEqual(['info'])
  })

  it.each([
    ['ssl with neither CA setting', ssl({ enabled: true })],
    [
      'skip-verify with tlsCACert',
      ssl(
        { enabled: true, insecureSkipVerify: true },
        { config: { minio: { ssl: { tlsCACert: '/c' } } } },
      ),
    ],
    ['no ssl block', {}],
  ])('stays quiet for %s', (_, spec) => {
    expect(findingsOf(rule, milvus(spec))).toEqual([])
  })
})
