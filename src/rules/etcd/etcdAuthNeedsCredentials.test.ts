import { describe, expect, it } from 'vitest'
import { findingsOf, milvus } from '../../test/ruleKit'
import { etcdAuthNeedsCredentials as rule } from './etcdAuthNeedsCredentials'

const auth = (value: Record<string, unknown>) => milvus({ config: { etcd: { auth: value } } })

describe('etcd-auth-needs-credentials', () => {
  it.each([
    ['no user or password', { enabled: true }, 'userName, password'],
    ['no password', { enabled: true, userName: 'root' }, 'password'],
    ['an empty user', { enabled: 'true', userName: '', password: 'pw' }, 'userName'],
  ])('fires for %s', (_, value, missing) => {
    const findings = findingsOf(rule, auth(value))
    expect(findings).toHaveLength(1)
    expect(findings[0]?.severity).toBe('error')
    expect(findings[0]?.message.en).toContain(missing)
  })

  it.each([
    ['full credentials', auth({ enabled: true, userName: 'root', password: 'pw' })],
    ['auth off', auth({ enabled: false })],
    ['no auth block', milvus({ config: { etcd: { rootPath: 'r' } } })],
    ['no config', milvus()],
  ])('stays quiet for %s', (_, resource) => {
    expect(findingsOf(rule, resource)).toEqual([])
  })
})
