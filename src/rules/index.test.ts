import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ALL_RULES } from './index'

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

  // Rule files sit in topic folders (src/rules/<topic>/<camelId>.ts); lib/ holds helpers only.
  const rulesDir = join(process.cwd(), 'src', 'rules')
  const ruleFiles = readdirSync(rulesDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'lib')
    .flatMap((d) => readdirSync(join(rulesDir, d.name)).map((f) => f.toLowerCase()))

  it.each(ALL_RULES.map((r) => [r.id] as const))(
    '%s has a rule file in a topic folder and a test beside it',
    (id) => {
      // Case-insensitive: an id segment like "mixcoord" may be spelt MixCoord in the file name.
      const files = new Set(ruleFiles)
      expect(files.has(`${camel(id)}.ts`.toLowerCase())).toBe(true)
      expect(files.has(`${camel(id)}.test.ts`.toLowerCase())).toBe(true)
    },
  )

  it('registers every rule file', () => {
    expect(ruleFiles.filter((f) => !f.endsWith('.test.ts')).length).toBe(ALL_RULES.length)
  })

  it.each(ALL_RULES.map((r) => [r.id, r] as const))(
    '%s has bilingual text and a source',
    (_id, rule) => {
      for (const text of [rule.title, rule.explanation]) {
        expect(text.en.trim()).not.toBe('')
        expect(text.ko).toMatch(HANGUL)
      }
      expect(rule.source.trim()).not.toBe('')
    },
  )
})
