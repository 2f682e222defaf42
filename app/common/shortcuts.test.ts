import { describe, expect, it } from 'vitest'
import { SHORTCUT_IDS, SHORTCUT_KEYS, shortcutFor } from './shortcuts'

const key = (
  k: string,
  mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {},
) => ({
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
    [key('F8'), 'nextProblem'],
    [key('F8', { shiftKey: true }), 'previousProblem'],
    [key('F8', { ctrlKey: true }), null],
    [key('e'), 'export'],
    [key('E', { shiftKey: true }), 'export'],
    [key('?', { shiftKey: true }), 'shortcuts'],
    [key('e', { altKey: true }), null],
    [key('x'), null],
    [key('Enter'), null],
  ])('maps %o to %s', (event, expected) => {
    expect(shortcutFor(event)).toBe(expected)
  })
})

describe('the shortcut table', () => {
  it('gives every shortcut keys to show, and every shown single key maps back to its shortcut', () => {
    for (const id of SHORTCUT_IDS) {
      const keys = SHORTCUT_KEYS[id]
      expect(keys.length).toBeGreaterThan(0)
      for (const shown of keys.filter((k) => k.length === 1)) {
        expect(shortcutFor(key(shown.toLowerCase(), { shiftKey: shown === '?' }))).toBe(id)
      }
    }
  })
})
