import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { applyReplacement, computeMinimalEdit } from './minimalEdit'

describe('computeMinimalEdit', () => {
  it('returns undefined for equal texts', () => {
    expect(computeMinimalEdit('a: 1\n', 'a: 1\n')).toBeUndefined()
  })

  it('replaces only the changed value', () => {
    const before = '# keep\nspec:\n  mode: standalone\n'
    const after = '# keep\nspec:\n  mode: cluster\n'
    const edit = computeMinimalEdit(before, after)
    const start = before.indexOf('standalone')
    expect(edit).toEqual({ start, end: start + 'standalone'.length, text: 'cluster' })
  })

  it('handles pure insertion and pure deletion', () => {
    expect(computeMinimalEdit('ab', 'axb')).toEqual({ start: 1, end: 1, text: 'x' })
    expect(computeMinimalEdit('axb', 'ab')).toEqual({ start: 1, end: 2, text: '' })
  })

  it('does not split a surrogate pair', () => {
    const edit = computeMinimalEdit('a😀b', 'a😃b')
    expect(edit?.text).toBe('😃')
    expect(edit?.start).toBe(1)
    expect(edit?.end).toBe(3)
  })

  it('does not split a CRLF line break', () => {
    const edit = computeMinimalEdit('a\r\nb', 'a\r\r\nb')
    expect(edit).toBeDefined()
    const text = 'a\r\nb'
    expect(text.slice(0, edit!.start).endsWith('\r')).toBe(false)
  })

  it('always reproduces the target (property, seed 42)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), (a, b) => {
        const edit = computeMinimalEdit(a, b)
        expect(edit === undefined ? a : applyReplacement(a, edit)).toBe(b)
      }),
      { seed: 42, numRuns: 2000 },
    )
  })
})
