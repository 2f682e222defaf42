/**
 * Writes docs/rules.md from the rule registry (`npx tsx scripts/rules-doc.ts`), so the list of
 * checks users read is the list the engine runs. src/rules/rulesDoc.test.ts fails when it is stale.
 */
import { writeFileSync } from 'node:fs'
import { renderRulesDoc } from '../src/rules/rulesDoc'

writeFileSync(new URL('../docs/rules.md', import.meta.url), renderRulesDoc())
