/** Renders the rule registry as a Markdown table (docs/rules.md). Pure. */
import { ALL_RULES } from './index'
import type { Rule } from './types'

const ORDER = { error: 0, warning: 1, info: 2 } as const

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim()
}

/** The whole document, English titles with the Korean beside them. */
export function renderRulesDoc(rules: readonly Rule[] = ALL_RULES): string {
  const sorted = [...rules].sort(
    (a, b) => ORDER[a.severity] - ORDER[b.severity] || a.id.localeCompare(b.id),
  )
  const lines = [
    '# What the studio checks',
    '',
    `Generated from the rule registry by \`npx tsx scripts/rules-doc.ts\`: ${rules.length} rules. ` +
      'The studio, the CLI (`milvus-studio lint`) and CI run the same list. Severity: **error** = the ' +
      'operator rejects it, Milvus fails to start or runs wrong, or data is lost; **warning** = accepted ' +
      'but ignored, overwritten or risky; **info** = advice.',
    '',
    '| rule | severity | what it catches | 한국어 | source |',
    '| --- | --- | --- | --- | --- |',
    ...sorted.map(
      (r) =>
        `| \`${r.id}\` | ${r.severity} | ${cell(r.title.en)} | ${cell(r.title.ko)} | ${cell(r.source)} |`,
    ),
    '',
  ]
  return lines.join('\n')
}
