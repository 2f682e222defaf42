import { describe, expect, it } from 'vitest'
import type { LocatedFinding } from '../../src/derive/types'
import type { SpecPath } from '../../src/model'
import { orphanPaths } from './orphanPaths'

const finding = (path: SpecPath): LocatedFinding => ({
  rule: 'r',
  severity: 'warning',
  path,
  message: { en: 'm', ko: 'm' },
  explanation: { en: 'e', ko: 'e' },
  source: 's',
})

describe('orphanPaths', () => {
  const findings = [
    finding(['spec', 'dependencies', 'pulsar', 'endpoints']),
    finding(['spec', 'dependencies', 'pulsar', 'endpoint']),
    finding(['spec', 'dependencies', 'pulsar', 'endpoints']),
    finding(['spec', 'dependencies', 'etcd', 'endpoints']),
  ]
  const controls = new Set(['["spec","dependencies","pulsar","endpoint"]'])
  const hasControl = (p: SpecPath) => controls.has(JSON.stringify(p))

  it('keeps findings under the prefixes that have no control, once per path', () => {
    expect(orphanPaths(findings, [['spec', 'dependencies', 'pulsar']], hasControl)).toEqual([
      ['spec', 'dependencies', 'pulsar', 'endpoints'],
    ])
  })

  it('ignores findings outside the prefixes', () => {
    expect(orphanPaths(findings, [['spec', 'components']], hasControl)).toEqual([])
  })

  it('returns nothing when every path has a control', () => {
    expect(orphanPaths(findings, [['spec']], () => true)).toEqual([])
  })
})
