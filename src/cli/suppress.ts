/**
 * Inline exceptions: a full-line comment `# milvus-studio-disable-next-line RULE[, RULE...] [-- why]`
 * silences those rules (every rule when none is named) on the next line that is not blank or a
 * comment. A finding counts as on that line when its value or its key starts there. Silenced
 * findings stay in the report, marked as suppressed, so an exception is always visible.
 */

export const DISABLE_NEXT_LINE = 'milvus-studio-disable-next-line'

export interface Suppression {
  /** 1-based line of the comment. */
  readonly line: number
  /** The line it applies to. */
  readonly target: number
  /** Rule ids; empty means every rule. */
  readonly rules: readonly string[]
  readonly justification: string
}

const COMMENT = new RegExp(`^\\s*#\\s*${DISABLE_NEXT_LINE}(?:\\s+(.*))?$`)

function parseComment(line: string): { rules: string[]; justification: string } | undefined {
  const m = COMMENT.exec(line)
  if (!m) return undefined
  const [list = '', ...why] = (m[1] ?? '').split(/\s+--\s*/)
  const rules = list.split(/[\s,]+/).filter((r) => r !== '')
  return { rules, justification: why.join(' -- ').trim() }
}

/** Every disable comment of a text, with the line it applies to. */
export function findSuppressions(text: string): Suppression[] {
  const lines = text.split(/\r?\n/)
  const out: Suppression[] = []
  lines.forEach((line, i) => {
    const parsed = parseComment(line)
    if (!parsed) return
    let target = i + 1
    while (target < lines.length && /^\s*(#.*)?$/.test(lines[target] ?? '')) target++
    out.push({ line: i + 1, target: target + 1, ...parsed })
  })
  return out
}

/** The suppression that covers a finding of `rule` on any of `lines`, if one does. */
export function suppressionFor(
  all: readonly Suppression[],
  rule: string,
  lines: readonly number[],
): Suppression | undefined {
  return all.find(
    (s) => lines.includes(s.target) && (s.rules.length === 0 || s.rules.includes(rule)),
  )
}
