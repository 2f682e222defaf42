import { describe, expect, it } from 'vitest'
import { external, good, lintWith, secret } from '../../test/secretFixtures'
import { secretNamespace } from './secretNamespace'

describe('secret-namespace', () => {
  it('fires as an error when both namespaces are written and differ', () => {
    const [f] = lintWith(secretNamespace, external(), [
      secret('creds', { stringData: { accesskey: 'a', secretkey: 'b' } }, 'other'),
    ])
    expect([f?.severity, f?.path.join('.')]).toEqual([
      'error',
      'spec.dependencies.storage.secretRef',
    ])
    expect(f?.message.en).toContain('namespace ns')
  })
  it('warns when only one side names its namespace', () => {
    const findings = lintWith(secretNamespace, external(''), [
      secret('creds', { stringData: { accesskey: 'a', secretkey: 'b' } }),
    ])
    expect(findings.map((f) => f.severity)).toEqual(['warning'])
  })
  it('stays quiet in the same namespace, or with both left to kubectl', () => {
    expect(lintWith(secretNamespace, external(), good)).toEqual([])
    expect(
      lintWith(secretNamespace, external(''), [
        secret('creds', { stringData: { accesskey: 'a' } }, null),
      ]),
    ).toEqual([])
  })
})
