import { describe, expect, it } from 'vitest'
import type { LocatedFinding } from '../../src/derive/types'
import type { Severity } from '../../src/rules/types'
import { aFinding } from '../test/aFinding'
import { findingsAt, selectCounts, selectIsReadOnly } from './selectors'
import type { StudioState } from './types'

function finding(path: (string | number)[], severity: Severity = 'error'): LocatedFinding {
  return aFinding({ rule: 'r', severity, path })
}

const FINDINGS = [
  finding(['spec', 'dependencies', 'msgStreamType']),
  finding(['spec', 'dependencies', 'kafka', 'brokerList', 0], 'warning'),
  finding(['spec', 'dependencies'], 'info'),
  finding(['spec', 'dependenciesX']),
]

describe('findingsAt', () => {
  it('matches the exact path only by default', () => {
    expect(findingsAt(FINDINGS, ['spec', 'dependencies'])).toEqual([FINDINGS[2]])
  })

  it('includes descendants on request, by whole path segments', () => {
    expect(findingsAt(FINDINGS, ['spec', 'dependencies'], true)).toEqual(FINDINGS.slice(0, 3))
  })

  it('treats list indices as path segments', () => {
    expect(findingsAt(FINDINGS, ['spec', 'dependencies', 'kafka', 'brokerList', 0])).toEqual([
      FINDINGS[1],
    ])
    expect(findingsAt(FINDINGS, ['spec', 'dependencies', 'kafka', 'brokerList', '0'])).toEqual([])
  })
})

describe('selectCounts', () => {
  it('counts per severity', () => {
    const state = { derived: { findings: FINDINGS } } as unknown as StudioState
    expect(selectCounts(state)).toEqual({ error: 2, warning: 1, info: 1 })
  })
})

describe('selectIsReadOnly', () => {
  const state = (ok: boolean, milvusIndex: number) =>
    ({ derived: { ok, milvusIndex } }) as unknown as StudioState
  it.each([
    [true, 0, false],
    [false, 0, true],
    [true, -1, true],
    [false, -1, true],
  ])('ok=%s milvusIndex=%s -> %s', (ok, index, expected) => {
    expect(selectIsReadOnly(state(ok, index))).toBe(expected)
  })
})
