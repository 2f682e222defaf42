import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ALL_RULES } from './index'
import { MESSAGE_STORAGE_RULES } from './registryMessageStorage'

const HANGUL = /[\uac00-\ud7a3]/
const camel = (id: string): string => id.replace(/-([a-z0-9])/g, (_m, c: string) => c.toUpperCase())

describe('rule registry', () => {
  it('has unique ids', () => {
    const ids = ALL_RULES.map((r) => r.id)
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([])
  })

  it.each(ALL_RULES.map((r) => [r.id] as const))('%s is kebab-case', (id) => {
    expect(id).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/)
  })

  it.each(ALL_RULES.map((r) => [r.id] as const))('%s has a rule file and a test beside it', (id) => {
    // Case-insensitive: an id segment like "mixcoord" may be spelt MixCoord in the file name.
    // Rules may sit in topic folders: look at every file below src/rules.
    const files = new Set(readdirSync(join(process.cwd(), 'src', 'rules'), { recursive: true }).map((f) => String(f).split(/[\\/]/).pop()?.toLowerCase() ?? ''))
    expect(files.has(`${camel(id)}.ts`.toLowerCase())).toBe(true)
    expect(files.has(`${camel(id)}.test.ts`.toLowerCase())).toBe(true)
  })

  it('includes every message-storage rule once', () => {
    expect(MESSAGE_STORAGE_RULES.every((r) => ALL_RULES.includes(r))).toBe(true)
    expect(MESSAGE_STORAGE_RULES.length).toBeGreaterThan(30)
  })

  it.each(MESSAGE_STORAGE_RULES.map((r) => [r.id, r] as const))('%s has bilingual text and a source', (_id, rule) => {
    for (const text of [rule.title, rule.explanation]) {
      expect(text.en.trim()).not.toBe('')
      expect(text.ko).toMatch(HANGUL)
    }
    expect(rule.source.trim()).not.toBe('')
  })
})
