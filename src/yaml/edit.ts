/**
 * Byte-preserving edits of YAML text: set, delete, patches. The target node is found in the
 * parsed AST and only its own text is spliced; comments, blank lines, key order and every other
 * line stay as written. Flow collections (`{a: 1}`) are rewritten as one node. Data shared
 * through an anchor is changed only after the caller chose `all` or `only-here`; anything the
 * general path writes is read back and compared with the intended value (editVerify.ts). Pure.
 */
import { isCollection, isMap, isScalar, isSeq } from 'yaml'
import type { SpecPath } from '../model/types'
import type { Patch } from '../model/types'
import { anchorIndex, anchorsReadOutside, isReadKey, lineAt } from './anchors'
import { DEFAULT_LIMITS } from './compose'
import { refusal, sharedRefusal, type EditOptions } from './editRefusal'
import {
  ENTRY_TAGS,
  findPair,
  isFlow,
  lineOf,
  openDocument,
  walk,
  where,
  type FlowHit,
  type SharedStep,
} from './editWalk'
import {
  deleteItem,
  deletePair,
  insertItem,
  insertPair,
  isPresent,
  replaceSlot,
  splice,
  type EditContext,
} from './editSlots'
import { flowHasComment, moveAnchor } from './editShared'
import { verifyEdit } from './editVerify'
import { deleteFast, setFast } from './fastEdit'
import { deleteInValue, nestValue, setInValue } from './valuePath'
import { formatFlow, formatFlowScalar } from './serializeYaml'
import { contentEnd } from './textPos'

export type { EditOptions, SharedChoice, SharedData, EditConstruct } from './editRefusal'
export { EditRefusal, isEditRefusal, EDIT_CONSTRUCTS } from './editRefusal'
export { describePath, mayDescribe, type PathEditInfo } from './describePath'

function rewriteFlow(ctx: EditContext, flow: FlowHit, updated: unknown): string {
  // An empty `{}`/`[]` that gains content becomes an ordinary block, as a person would write it.
  if (flow.node.items.length === 0 && flow.inBlock) return replaceSlot(ctx, flow.slot, updated)
  const start = flow.node.range?.[0] ?? 0
  const end = contentEnd(ctx.text, flow.node)
  if (flowHasComment(ctx.text, start, end)) throw refusal('flow-comment', lineAt(ctx.text, start))
  return splice(ctx.text, start, end, formatFlow(updated))
}

function flowValue(ctx: EditContext, flow: FlowHit): unknown {
  return flow.node.toJS(ctx.doc, { maxAliasCount: DEFAULT_LIMITS.maxAliasCount })
}

/** How many times one edit may re-enter itself after moving an anchor or following an alias. */
const MAX_HOPS = 16

/**
 * Sets the value at `path` in document `docIndex`, creating missing parents as block text.
 * Throws an EditRefusal when the edit would change shared data and `options.shared` is absent,
 * or when the text could not be written safely.
 */
export function setAtPath(
  source: string,
  path: SpecPath,
  value: unknown,
  docIndex = 0,
  options: EditOptions = {},
): string {
  if (value === undefined) return deleteAtPath(source, path, docIndex, options)
  const fast = setFast(source, path, value, docIndex)
  if (fast !== undefined) return fast
  const out = setAtPathAst(source, path, value, docIndex, options)
  return verifyEdit(source, out, docIndex, { op: 'set', path, value }, options.shared === 'all')
}

/**
 * Removes the key or list item at `path`; a path that does not exist leaves the text as is. An
 * anchor on the removed node (or inside it) moves to its first alias first, so aliases keep reading.
 */
export function deleteAtPath(
  source: string,
  path: SpecPath,
  docIndex = 0,
  options: EditOptions = {},
): string {
  const fast = deleteFast(source, path, docIndex)
  if (fast !== undefined) return fast
  const out = deleteAtPathAst(source, path, docIndex, options)
  return verifyEdit(source, out, docIndex, { op: 'delete', path }, options.shared === 'all')
}

type Redo = (text: string, path: SpecPath, hops: number) => string

/**
 * Resolves an edit that reaches shared data without a choice made for `all` (which edits the
 * anchored text the walk already reached): asks, or for `only-here` turns the alias into an
 * edited copy, or moves the anchor from the edited node to its first alias first.
 */
/** One edit in flight: what `editShared` needs to copy a shared value and run the edit again. */
interface EditCall {
  readonly ctx: EditContext
  readonly docIndex: number
  readonly path: SpecPath
  readonly options: EditOptions
  readonly redo: Redo
  readonly hops: number
}

/**
 * When the edit reaches shared data (an anchor or an alias) and the caller has not allowed every
 * reader to change, refuses or copies it (`copy` makes the new value from the old one); returns
 * undefined when the edit may go on in place. Too many hops is an alias cycle.
 */
function editShared(
  call: EditCall,
  step: SharedStep | undefined,
  copy: (old: unknown) => unknown,
): string | undefined {
  const { ctx, docIndex, path, options, redo, hops } = call
  if (!step || options.shared === 'all' || hops > MAX_HOPS) {
    if (hops > MAX_HOPS)
      throw refusal('alias-cycle', lineOf(ctx, ctx.doc.contents), String(path.join('.')))
    return undefined
  }
  const node = step.kind === 'alias' ? step.target : step.node
  const line = lineOf(ctx, node)
  const others = (anchorIndex(ctx.doc).aliases.get(node) ?? []).length
  if (options.shared !== 'only-here')
    throw sharedRefusal({ anchor: node.anchor ?? '', line, others })
  if (step.kind === 'anchor') return redo(moveAnchor(ctx, node, node), path, hops + 1)
  const old: unknown = step.target.toJS(ctx.doc, { maxAliasCount: DEFAULT_LIMITS.maxAliasCount })
  return setAtPathAst(ctx.text, path.slice(0, step.depth), copy(old), docIndex, options, hops + 1)
}

/** Moves the anchors inside `node` that aliases elsewhere read; undefined when there are none. */
function freeAnchors(ctx: EditContext, node: unknown, self: boolean): string | undefined {
  if (!isCollection(node) && !isScalar(node)) return undefined
  const read = anchorsReadOutside(ctx.doc, node).filter((n) => self || n !== node)
  const first = read[0]
  return first ? moveAnchor(ctx, first, node) : undefined
}

/** setAtPath through the `yaml` AST only (the general path; tests compare the fast one with it). */
export function setAtPathAst(
  source: string,
  path: SpecPath,
  value: unknown,
  docIndex = 0,
  options: EditOptions = {},
  hops = 0,
): string {
  if (value === undefined) return deleteAtPathAst(source, path, docIndex, options)
  const ctx = openDocument(source, docIndex)
  const { node, slot, depth, flow, shared } = walk(ctx, path)
  const redo: Redo = (text, p, h) => setAtPathAst(text, p, value, docIndex, options, h)
  const call: EditCall = { ctx, docIndex, path, options, redo, hops }
  const copied = editShared(call, shared, (old) =>
    setInValue(old, path.slice(shared?.depth), value),
  )
  if (copied !== undefined) return copied
  if (depth === path.length) {
    const freed = freeAnchors(ctx, node, false)
    if (freed !== undefined) return redo(freed, path, hops + 1)
  }
  if (flow) {
    // Inside `{...}`/`[...]` (JSON included): a scalar is replaced in place, anything else
    // rewrites the innermost flow collection.
    if (
      depth === path.length &&
      isScalar(node) &&
      isPresent(node) &&
      (typeof value !== 'object' || value === null)
    ) {
      return splice(
        source,
        node.range?.[0] ?? 0,
        contentEnd(source, node),
        formatFlowScalar(value, node.type),
      )
    }
    return rewriteFlow(ctx, flow, setInValue(flowValue(ctx, flow), path.slice(flow.depth), value))
  }
  if (depth === path.length) return replaceSlot(ctx, slot, value)
  const rest = path.slice(depth)
  if (isFlow(node)) {
    const hit: FlowHit = { node, slot, depth, inBlock: true }
    return rewriteFlow(ctx, hit, setInValue(flowValue(ctx, hit), rest, value))
  }
  const seg = rest[0] as string | number
  const below = nestValue(rest.slice(1), value)
  if (isMap(node)) return insertPair(ctx, node, String(seg), below)
  if (isSeq(node)) {
    if (seg === node.items.length) return insertItem(ctx, node, below)
    throw new RangeError(
      `${where(path, depth)} is a list of ${node.items.length}; cannot set item ${String(seg)}.`,
    )
  }
  return replaceSlot(ctx, slot, nestValue(rest, value))
}

/** deleteAtPath through the `yaml` AST only. */
export function deleteAtPathAst(
  source: string,
  path: SpecPath,
  docIndex = 0,
  options: EditOptions = {},
  hops = 0,
): string {
  const ctx = openDocument(source, docIndex)
  if (path.length === 0) return replaceSlot(ctx, { kind: 'root' }, {})
  const parentPath = path.slice(0, -1)
  const { node, slot, depth, flow: outer, shared } = walk(ctx, parentPath, true)
  if (depth < parentPath.length) return source
  const last = path[path.length - 1] as string | number
  const redo: Redo = (text, p, h) => deleteAtPathAst(text, p, docIndex, options, h)
  const call: EditCall = { ctx, docIndex, path, options, redo, hops }
  const copied = editShared(call, shared, (old) => deleteInValue(old, path.slice(shared?.depth)))
  if (copied !== undefined) return copied
  const entries =
    isCollection(node) && typeof node.tag === 'string' ? ENTRY_TAGS.get(node.tag) : undefined
  if (entries) throw refusal('tagged-collection', lineOf(ctx, node), entries)
  const pair = isMap(node) ? node.items[findPair(ctx, node, last)] : undefined
  const doomed = isMap(node)
    ? pair?.value
    : isSeq(node) && typeof last === 'number'
      ? node.items[last]
      : undefined
  const key = isReadKey(ctx.doc, pair)
  if (key) throw refusal('anchored-key', lineOf(ctx, key), key.anchor ?? '')
  const freed = freeAnchors(ctx, doomed, true)
  if (freed !== undefined) return redo(freed, path, hops + 1)
  const flow: FlowHit | undefined = isFlow(node) ? { node, slot, depth, inBlock: !outer } : outer
  if (flow) {
    const js = flowValue(ctx, flow)
    const updated = deleteInValue(js, path.slice(flow.depth))
    return updated === js ? source : rewriteFlow(ctx, flow, updated)
  }
  if (isMap(node)) {
    const at = findPair(ctx, node, last)
    if (at < 0) return source
    return node.items.length === 1 ? replaceSlot(ctx, slot, {}) : deletePair(ctx, node, at)
  }
  if (isSeq(node) && typeof last === 'number' && last >= 0 && last < node.items.length) {
    return node.items.length === 1 ? replaceSlot(ctx, slot, []) : deleteItem(ctx, node, last)
  }
  return source
}

/** Applies patches in order (`set` with an undefined value deletes). */
export function applyPatches(
  source: string,
  patches: readonly Patch[],
  docIndex = 0,
  options: EditOptions = {},
): string {
  let text = source
  for (const p of patches) {
    text =
      p.op === 'delete'
        ? deleteAtPath(text, p.path, docIndex, options)
        : setAtPath(text, p.path, p.value, docIndex, options)
  }
  return text
}
