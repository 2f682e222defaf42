/**
 * What the studio shows beside a form field before it is edited: whether its value is shared
 * through an anchor (read through an alias, or anchored and read elsewhere), and whether an edit
 * would be refused whatever the value. Pure; answers at once for text without YAML properties.
 */
import type { SpecPath } from '../model/types'
import { anchorIndex, lineAt } from './anchors'
import { DEFAULT_LIMITS } from './compose'
import { EditRefusal, refusal, type SharedData } from './editRefusal'
import type { EditContext } from './editSlots'
import { flowHasComment } from './editShared'
import { lineOf, openDocument, walk } from './editWalk'
import { fastDocuments } from './fastStream'
import { contentEnd } from './textPos'

// The form asks for every field after each change of the same text: read it once per text.
let lastSource: string | undefined
let lastFast = false

function isFastReadable(source: string): boolean {
  if (source !== lastSource) {
    lastSource = source
    lastFast = fastDocuments(source, DEFAULT_LIMITS) !== undefined
  }
  return lastFast
}

/**
 * False when `describePath` answers `{}` for every path of this text (the fast reader reads it:
 * no anchors, aliases, tags or other constructs to tell about), so callers can skip asking.
 */
export function mayDescribe(source: string): boolean {
  return !isFastReadable(source)
}

/** What the form should know about a path before editing it: shared data, or a construct it refuses. */
export interface PathEditInfo {
  /** The value is read through an alias (`via: 'alias'`) or carries an anchor others read. */
  readonly shared?: SharedData & { readonly via: 'alias' | 'anchor' }
  /** Set when an edit of the path would be refused whatever the value. */
  readonly refusal?: EditRefusal
}

/**
 * Shared data and refusing constructs on `path`, without editing. Free for text the fast
 * reader handles (answers `{}` from its cache); otherwise walks the cached `yaml` AST.
 */
export function describePath(source: string, path: SpecPath, docIndex = 0): PathEditInfo {
  // The line-based reader refuses anchors, aliases, tags, explicit keys and multi-line flow
  // collections: when it reads the text, there is nothing to tell (and no parse to pay for).
  if (isFastReadable(source)) return {}
  let ctx: EditContext
  try {
    ctx = openDocument(source, docIndex)
  } catch {
    return {}
  }
  try {
    const w = walk(ctx, path)
    if (w.flow) {
      const start = w.flow.node.range?.[0] ?? 0
      if (flowHasComment(source, start, contentEnd(source, w.flow.node)))
        return { refusal: refusal('flow-comment', lineAt(source, start)) }
    }
    const step = w.shared
    if (!step) return {}
    const node = step.kind === 'alias' ? step.target : step.node
    const others = (anchorIndex(ctx.doc).aliases.get(node) ?? []).length
    return {
      shared: { anchor: node.anchor ?? '', line: lineOf(ctx, node), others, via: step.kind },
    }
  } catch (err) {
    return err instanceof EditRefusal ? { refusal: err } : {}
  }
}
