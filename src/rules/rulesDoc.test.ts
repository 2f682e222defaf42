import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ALL_RULES } from './index'
import { renderRulesDoc } from './rulesDoc'

describe('renderRulesDoc', () => {
  it('lists every registered rule once', () => {
    const doc = renderRulesDoc()
    for (const rule of ALL_RULES) expect(doc.split(`| \`${rule.id}\` |`)).toHaveLength(2)
  })

  it('matches docs/rules.md (run `npx tsx scripts/rules-doc.ts` after changing a rule)', () => {
    const committed = readFileSync(new URL('../../docs/rules.md', import.meta.url), 'utf8')
    expect(committed).toBe(renderRulesDoc())
  })
})
