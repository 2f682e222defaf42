import { describe, expect, it } from 'vitest'
import { shortcutFor } from './useGlobalShortcuts'

const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
})

describe('shortcutFor', () => {
  it.each([
    [key('z', { ctrlKey: true }), 'undo'],
    [key('z', { metaKey: true }), 'undo'],
    [key('Z', { ctrlKey: true, shiftKey: true }), 'redo'],
    [key('z', { metaKey: true, shiftKey: true }), 'redo'],
    [key('y', { ctrlKey: true }), 'redo'],
    [key('z'), null],
    [key('z', { ctrlKey: true, altKey: true }), null],
    [key('y', { metaKey: true }), null],
    [key('a', { ctrlKey: true }), null],
  ])('maps %o to %s', (event, expected) => {
    expect(shortcutFor(event)).toBe(expected)
  })
})
