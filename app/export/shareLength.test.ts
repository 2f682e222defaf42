import { describe, expect, it } from 'vitest'
import { linkLengthLevel, shareUrl } from './shareLength'

describe('linkLengthLevel', () => {
  it.each([
    [0, 'ok'],
    [2000, 'ok'],
    [2001, 'chat'],
    [8000, 'chat'],
    [8001, 'browser'],
  ] as const)('%i characters is %s', (length, level) => {
    expect(linkLengthLevel(length)).toBe(level)
  })
})

describe('shareUrl', () => {
  it('joins origin, path and fragment without doubling the #', () => {
    expect(shareUrl('http://h:1', '/studio/', '#s1.abc')).toBe('http://h:1/studio/#s1.abc')
    expect(shareUrl('http://h:1', '/', 's1.abc')).toBe('http://h:1/#s1.abc')
  })
})
