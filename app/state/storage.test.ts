import { describe, expect, it } from 'vitest'
import {
  AUTOSAVE_KEY,
  CORRUPT_PREFIX,
  PREFS_KEY,
  readAutosave,
  readPrefs,
  writeAutosave,
  writePrefs,
} from './storage'
import { MemoryStorage } from '../test/memoryStorage'

describe('autosave storage', () => {
  it('round-trips the text', () => {
    const s = new MemoryStorage()
    expect(writeAutosave(s, 'spec: {}\n', 5)).toBe('ok')
    expect(readAutosave(s, 6)).toEqual({ kind: 'ok', work: { source: 'spec: {}\n', savedAt: 5 } })
  })

  it('reports none when nothing is saved, and unavailable storage as none', () => {
    expect(readAutosave(new MemoryStorage(), 0)).toEqual({ kind: 'none' })
    expect(readAutosave(null, 0)).toEqual({ kind: 'none' })
  })

  it('says full on quota errors and unavailable on other failures', () => {
    const s = new MemoryStorage()
    s.failWith = 'quota'
    expect(writeAutosave(s, 'x', 0)).toBe('full')
    s.failWith = 'security'
    expect(writeAutosave(s, 'x', 0)).toBe('unavailable')
    expect(writeAutosave(null, 'x', 0)).toBe('unavailable')
  })

  it.each([
    '{not json',
    JSON.stringify({ v: 2, source: 'x' }),
    JSON.stringify({ v: 1, source: 42 }),
    'null',
  ])('sets a corrupted save (%s) aside under its own key', (raw) => {
    const s = new MemoryStorage()
    s.items.set(AUTOSAVE_KEY, raw)
    const result = readAutosave(s, 77)
    expect(result).toEqual({ kind: 'corrupt', movedTo: `${CORRUPT_PREFIX}77` })
    expect(s.items.get(`${CORRUPT_PREFIX}77`)).toBe(raw)
    expect(s.items.has(AUTOSAVE_KEY)).toBe(false)
  })

  it('leaves a corrupted save in place when it cannot be copied', () => {
    const s = new MemoryStorage()
    s.items.set(AUTOSAVE_KEY, 'garbage')
    s.failWith = 'quota'
    expect(readAutosave(s, 1)).toEqual({ kind: 'corrupt', movedTo: null })
    expect(s.items.get(AUTOSAVE_KEY)).toBe('garbage')
  })

  it('does not let a __proto__ key in a saved value pollute objects', () => {
    const s = new MemoryStorage()
    s.items.set(AUTOSAVE_KEY, '{"v":1,"source":"a","__proto__":{"polluted":true}}')
    expect(readAutosave(s, 0)).toMatchObject({ kind: 'ok' })
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})

describe('preferences storage', () => {
  it('keeps only known values', () => {
    const s = new MemoryStorage()
    writePrefs(s, { lang: 'ko', theme: 'dark', autosave: false })
    expect(readPrefs(s)).toEqual({ lang: 'ko', theme: 'dark', autosave: false })
    s.items.set(PREFS_KEY, JSON.stringify({ lang: 'fr', theme: 'neon', autosave: 'yes' }))
    expect(readPrefs(s)).toEqual({})
    s.items.set(PREFS_KEY, '{{')
    expect(readPrefs(s)).toEqual({})
  })
})
