import { describe, expect, it } from 'vitest'
import { cluster, findingsOf, milvus } from '../../test/ruleKit'
import { envNameInvalid as rule } from './envNameInvalid'

const env = (...names: unknown[]) =>
  milvus({ components: { env: names.map((name) => ({ name, value: 'x' })) } } as never)

describe('env-name-invalid', () => {
  it.each([
    ['an "="', 'A=B', 'error'],
    ['an empty name', '', 'error'],
    ['a leading digit', '1ST', 'warning'],
    ['a space', 'MY VAR', 'warning'],
  ])('reports %s', (_, name, severity) => {
    const findings = findingsOf(rule, env(name))
    expect(findings.map((f) => [f.path, f.severity])).toEqual([
      [['spec', 'components', 'env', 0, 'name'], severity],
    ])
  })

  it('checks per-component env', () => {
    const doc = cluster({
      components: { dataNode: { env: [{ name: 'OK' }, { name: 'NOT=OK' }] } },
    } as never)
    expect(findingsOf(rule, doc).map((f) => f.path)).toEqual([
      ['spec', 'components', 'dataNode', 'env', 1, 'name'],
    ])
  })

  it.each([
    ['valid names', env('CACHE_SIZE', 'my.setting', '_x', '-y')],
    ['no env', milvus({ components: {} })],
    ['no components', milvus()],
  ])('stays quiet for %s', (_, doc) => {
    expect(findingsOf(rule, doc)).toEqual([])
  })
})
