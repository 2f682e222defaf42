import { describe, expect, it } from 'vitest'
import { foreignPrototypes, hasLoneSurrogate, svgMarkup } from './guards'

// The guards must be able to see what they guard against, or the corpus checks prove nothing.
describe('hostile-test guards', () => {
  it('see an injected element, a handler and a broken tag in SVG', () => {
    expect(svgMarkup('<svg><img src="x" onerror="a()"/></svg>')).toEqual({
      elements: ['svg', 'img'],
      attributes: ['src', 'onerror'],
      broken: 0,
    })
    expect(svgMarkup('<svg><text x="1" y=2>a</text></svg>').broken).toBe(1)
    expect(svgMarkup('<svg><text>&#60;img&#62;</text></svg>')).toEqual({
      elements: ['svg', 'text'],
      attributes: [],
      broken: 0,
    })
  })

  it('see a foreign prototype and an own __proto__ key', () => {
    const polluted = JSON.parse('{"a":{"__proto__":{"x":1}}}') as unknown
    expect(foreignPrototypes(polluted)).toEqual(['.a.__proto__ (own key)'])
    expect(foreignPrototypes({ a: [new (class Evil {})()] })).toEqual(['.a.0'])
    expect(foreignPrototypes({ a: [1, { b: null }] })).toEqual([])
  })

  it('tell lone surrogates from pairs', () => {
    expect(hasLoneSurrogate('a\uD800b')).toBe(true)
    expect(hasLoneSurrogate('\uDC00')).toBe(true)
    expect(hasLoneSurrogate('😀 한국어')).toBe(false)
  })
})
