/**
 * Text edits around anchors: moving an anchor from the node that carries it to its first alias
 * (the alias becomes a copy of the value, marked with the anchor, so every later alias reads the
 * same value as before), and finding flow collections whose comments a rewrite would lose.
 * Pure: returns new text; the caller re-parses before the next step.
 */
import type { Alias, Node } from 'yaml'
import { anchorIndex, anchorSpan, isWithin, lineAt, locate } from './anchors'
import { DEFAULT_LIMITS } from './compose'
import { refusal } from './editRefusal'
import { replaceSlot, splice, type EditContext } from './editSlots'
import { formatFlow, formatFlowScalar } from './serializeYaml'
import { contentEnd } from './textPos'

function isCollectionValue(v: unknown): boolean {
  return typeof v === 'object' && v !== null
}

/** Writes `&anchor value` where `alias` is written. */
function writeCopy(ctx: EditContext, alias: Alias, value: unknown, anchor: string): string {
  const { text, doc } = ctx
  const line = lineAt(text, alias.range?.[0] ?? 0)
  const start = alias.range?.[0] ?? 0
  const end = contentEnd(text, alias)
  if (anchorIndex(doc).keyAliases.has(alias)) {
    if (isCollectionValue(value)) throw refusal('anchored-key', line, anchor)
    return splice(text, start, end, `&${anchor} ${formatFlowScalar(value)}`)
  }
  const at = locate(doc, alias)
  if (!at) throw refusal('unverified', line, `the alias *${anchor} has no plain path`)
  if (at.inFlow) {
    return splice(
      text,
      start,
      end,
      `&${anchor} ` + (isCollectionValue(value) ? formatFlow(value) : formatFlowScalar(value)),
    )
  }
  return replaceSlot(ctx, at.slot, value, anchor)
}

/** Removes `&name` (and one space beside it) from the text. */
function removeAnchor(text: string, span: readonly [number, number]): string {
  const [from, to] = span
  if (text[to] === ' ') return splice(text, from, to + 1, '')
  if (text[from - 1] === ' ') return splice(text, from - 1, to, '')
  return splice(text, from, to, '')
}

/**
 * Moves `node`'s anchor to its first alias outside `keep` (the region about to be deleted or
 * edited): that alias becomes `&name <copy of the value>` and the node loses its `&name`.
 */
export function moveAnchor(ctx: EditContext, node: Node, keep: Node): string {
  const { text, doc } = ctx
  const line = lineAt(text, node.range?.[0] ?? 0)
  const first = (anchorIndex(doc).aliases.get(node) ?? []).find((a) => !isWithin(a, keep))
  const span = anchorSpan(text, node)
  if (!first || !span || !node.anchor)
    throw refusal('unverified', line, 'the anchor could not be found')
  if (isWithin(first, node)) throw refusal('alias-cycle', line, node.anchor)
  const value: unknown = node.toJS(doc, { maxAliasCount: DEFAULT_LIMITS.maxAliasCount })
  // The alias comes after the anchor, so the anchor's offsets survive the first splice.
  return removeAnchor(writeCopy(ctx, first, value, node.anchor), span)
}

/** True when the text of a flow collection holds a `# comment` (outside quoted scalars). */
export function flowHasComment(text: string, start: number, end: number): boolean {
  let quote = ''
  for (let i = start; i < end; i++) {
    const c = text[i] as string
    if (quote) {
      if (c === '\\' && quote === '"') i++
      else if (c === quote) {
        if (quote === "'" && text[i + 1] === "'") i++
        else quote = ''
      }
      continue
    }
    const prev = i === start ? ' ' : (text[i - 1] as string)
    if ((c === '"' || c === "'") && /[\s[{,:]/.test(prev)) quote = c
    else if (c === '#' && /\s/.test(prev)) return true
  }
  return false
}
