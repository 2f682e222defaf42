import { describe, expect, it } from 'vitest'
import { aFinding } from '../test/aFinding'
import { findingTouchesLines, findingsToMarkers, MARKER_SEVERITY } from './findingMarkers'

const finding = aFinding

const pos = (line: number, col: number) => ({ line, col, offset: 0 })
const lines = (n: number) => () => n

describe('findingsToMarkers', () => {
  it('places a marker on the exact range with severity, code and language', () => {
    const f = finding({ severity: 'warning', range: { start: pos(3, 9), end: pos(3, 16) } })
    const [m] = findingsToMarkers([f], 'ko', lines(20))
    expect(m).toMatchObject({
      startLineNumber: 3,
      startColumn: 9,
      endLineNumber: 3,
      endColumn: 16,
      severity: MARKER_SEVERITY.warning,
      message: '한국어 메시지',
      code: 'some-rule',
    })
  })

  it('widens an empty range to the end of its line', () => {
    const f = finding({ range: { start: pos(2, 3), end: pos(2, 3) } })
    const [m] = findingsToMarkers([f], 'en', lines(10))
    expect(m?.endColumn).toBe(11)
    expect(m?.message).toBe('English message')
  })

  it('puts a finding without a range on line 1', () => {
    const [m] = findingsToMarkers([finding({ severity: 'info' })], 'en', () => undefined)
    expect(m?.startLineNumber).toBe(1)
    expect(m?.endColumn).toBe(2)
    expect(m?.severity).toBe(2)
  })
})

describe('findingTouchesLines', () => {
  it('matches overlapping line spans only', () => {
    const f = finding({ range: { start: pos(4, 1), end: pos(6, 2) } })
    expect(findingTouchesLines(f, 5, 5)).toBe(true)
    expect(findingTouchesLines(f, 7, 9)).toBe(false)
    expect(findingTouchesLines(finding({}), 1, 100)).toBe(false)
  })
})
