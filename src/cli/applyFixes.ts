/**
 * `lint --fix`: applies the safe fixes (safeFixes.ts) one at a time through the studio's own edit
 * path (src/yaml applyPatches, which splices only the edited entries), re-checking the text after
 * each, until none is left. Findings silenced by a disable comment are not fixed. Pure.
 */
import { deriveDocument, type LocatedFinding } from '../derive'
import { pathToString } from '../model'
import { applyPatches, getInValue, parseYaml } from '../yaml'
import type { Lang } from './io'
import { findSuppressions, suppressionFor } from './suppress'
import { isSafeFix } from './safeFixes'
import type { Patch } from '../rules'

export interface FixOutcome {
  readonly rule: string
  readonly path: string
  /** Line of the finding in the original text (or in the text at the time, for a path it lacked). */
  readonly line: number
  /** The fix's title, or why it was not applied. */
  readonly text: string
  readonly applied: boolean
}

export interface FixResult {
  readonly text: string
  readonly outcomes: readonly FixOutcome[]
}

/**
 * The studio's edit path. An edit of data shared through a YAML anchor is refused with a question
 * (construct 'shared'); --fix answers "only here", so the other places keep their value.
 */
type EditOptions = { readonly shared?: 'only-here' }
const applyEdit: (
  source: string,
  patches: readonly Patch[],
  docIndex: number,
  options?: EditOptions,
) => string = applyPatches

interface SharedRefusal {
  readonly construct: 'shared'
  readonly sharedData?: { readonly anchor: string; readonly line: number }
}
const isSharedRefusal = (e: unknown): e is SharedRefusal =>
  (e as { construct?: unknown } | null)?.construct === 'shared'

/** Applies a fix; a shared value is changed only here, and the outcome says so. */
function applyFix(
  text: string,
  patches: readonly Patch[],
  docIndex: number,
  lang: Lang,
): { text: string; onlyHere?: string } {
  try {
    return { text: applyEdit(text, patches, docIndex) }
  } catch (error) {
    if (!isSharedRefusal(error)) throw error
    const at = error.sharedData
    const where = at ? ` &${at.anchor}, line ${at.line}` : ''
    return {
      text: applyEdit(text, patches, docIndex, { shared: 'only-here' }),
      onlyHere:
        lang === 'ko'
          ? ` (공유 값${where ? `(${where.trim()})` : ''}은 여기만 바꾸고 다른 곳은 그대로 둠)`
          : ` (only here: the value is shared through an anchor${where}; the other places keep it)`,
    }
  }
}

/** Enough for any real manifest; stops a pair of fixes that undo each other. */
const MAX_FIXES = 200

interface Candidate {
  readonly finding: LocatedFinding
  readonly docIndex: number
  readonly key: string
}

function candidates(text: string, select: (rule: string) => boolean): Candidate[] {
  const derived = deriveDocument(text)
  const parsed = parseYaml(text).documents
  const suppressions = findSuppressions(text)
  return derived.documents.flatMap((d) => {
    const doc = parsed[d.index]
    return d.findings
      .filter((f) => {
        if (!f.fix || !select(f.rule)) return false
        const lines = [f.range?.start.line ?? 1, doc?.keyRangeOf(f.path)?.start.line ?? 0]
        if (suppressionFor(suppressions, f.rule, lines)) return false
        return isSafeFix(f, (p) => getInValue(doc?.value, p.path))
      })
      .map((finding) => ({
        finding,
        docIndex: d.index,
        key: `${d.index}\u0000${finding.rule}\u0000${pathToString(finding.path)}`,
      }))
  })
}

/** Applies every safe fix; the outcome lists what changed and what was refused, in order. */
export function applySafeFixes(
  source: string,
  lang: Lang,
  select: (rule: string) => boolean = () => true,
): FixResult {
  let text = source
  const outcomes: FixOutcome[] = []
  const tried = new Set<string>()
  const original = parseYaml(source).documents
  for (let i = 0; i < MAX_FIXES; i++) {
    const next = candidates(text, select).find((c) => !tried.has(c.key))
    if (!next) break
    tried.add(next.key)
    const { finding } = next
    const before = original[next.docIndex]?.rangeOf(finding.path)
    const line = before?.exact ? before.range.start.line : (finding.range?.start.line ?? 1)
    const base = { rule: finding.rule, path: pathToString(finding.path), line }
    try {
      const edited = applyFix(text, finding.fix?.patches ?? [], next.docIndex, lang)
      if (!deriveDocument(edited.text).ok)
        throw new Error(
          lang === 'ko' ? '고친 결과를 읽을 수 없습니다' : 'the result would not parse',
        )
      text = edited.text
      outcomes.push({
        ...base,
        text: `${finding.fix?.title[lang] ?? ''}${edited.onlyHere ?? ''}`,
        applied: true,
      })
    } catch (error) {
      outcomes.push({
        ...base,
        text: error instanceof Error ? error.message : String(error),
        applied: false,
      })
    }
  }
  return { text, outcomes }
}
