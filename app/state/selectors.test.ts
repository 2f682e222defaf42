import fc from 'fast-check'
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

  it('answers the same question on the same list with the same array', () => {
    const first = findingsAt(FINDINGS, ['spec', 'dependencies'], true)
    expect(findingsAt(FINDINGS, ['spec', 'dependencies'], true)).toBe(first)
    expect(findingsAt(FINDINGS, ['nowhere'])).toBe(findingsAt(FINDINGS, ['elsewhere']))
  })

  // The index replaced a filter over the whole list: same answers, in the same order.
  it('gives what filtering the list gives, for any paths (seed 9)', () => {
    const seg = fc.oneof(fc.constantFrom('spec', 'a', 'b', '0', '1'), fc.constantFrom(0, 1))
    const path = fc.array(seg, { maxLength: 4 })
    const starts = (p: readonly (string | number)[], prefix: readonly (string | number)[]) =>
      p.length >= prefix.length && prefix.every((x, i) => p[i] === x)
    fc.assert(
      fc.property(fc.array(path, { maxLength: 12 }), path, fc.boolean(), (paths, at, below) => {
        const list = paths.map((p) => finding(p))
        const expected = list.filter((f) =>
          below ? starts(f.path, at) : f.path.length === at.length && starts(f.path, at),
        )
        expect(findingsAt(list, at, below)).toEqual(expected)
      }),
      { seed: 9, numRuns: 500 },
    )
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
