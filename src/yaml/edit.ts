/**
 * Byte-preserving edits of YAML text: set, delete, patches. The target node is found in the
 * parsed AST and only its own text is spliced; comments, blank lines, key order and every other
 * line stay as written. Flow collections (`{a: 1}`) are rewritten as one node. Pure.
 */
import { isCollection, isMap, isScalar, isSeq, type Pair, type YAMLMap, type YAMLSeq } from 'yaml'
import type { SpecPath } from '../model/types'
import type { Patch } from '../model/types'
import { composeStreamCached, DEFAULT_LIMITS } from './compose'
import {
  deleteItem, deletePair, insertItem, insertPair, isPresent, replaceSlot, splice, type EditContext, type Slot,
} from './editSlots'
import { deleteFast, setFast } from './fastEdit'
import { deleteInValue, nestValue, setInValue } from './valuePath'
import { formatFlow, formatFlowScalar } from './serializeYaml'
import { contentEnd, eolOf } from './textPos'

function openDocument(source: string, docIndex: number): EditContext {
  const stream = composeStreamCached(source, DEFAULT_LIMITS)
  const c = stream.documents[docIndex]
  const refused = stream.errors[0]
  if (!c && refused) throw new Error(refused.message)
  if (!c) throw new RangeError(`There is no document ${docIndex} (the text has ${stream.documents.length}).`)
  if (!c.doc) throw new Error(c.limit?.message ?? 'This document could not be read.')
  const first = c.doc.errors[0]
  if (first) throw new Error(`Fix the YAML errors in this document before editing it: ${first.message}`)
  return { text: source, doc: c.doc, eol: eolOf(source) }
}

function findPair(map: YAMLMap<unknown, unknown>, seg: string | number): number {
  const want = String(seg)
  return map.items.findIndex((p) => isScalar(p.key) ? String(p.key.value) === want : p.key == null && want === '')
}

function where(path: SpecPath, i: number): string {
  return path.slice(0, i).map(String).join('.') || '(document root)'
}

type FlowCollection = YAMLMap<unknown, unknown> | YAMLSeq<unknown>

/** The deepest flow collection the walk went through: edits inside it rewrite only it. */
interface FlowHit {
  readonly node: FlowCollection
  readonly slot: Slot
  readonly depth: number
  /** True when its parent is block text (so an empty `{}` may become a block). */
  readonly inBlock: boolean
}

interface Walked {
  readonly node: unknown
  readonly slot: Slot
  /** How many segments of the path were found. */
  readonly depth: number
  readonly flow?: FlowHit
}

function isFlow(node: unknown): node is FlowCollection {
  return isCollection(node) && node.flow === true
}

/** Follows `path` down the AST; stops at the end of the path, a scalar or a missing key. */
function walk(ctx: EditContext, path: SpecPath): Walked {
  let node: unknown = ctx.doc.contents
  let slot: Slot = { kind: 'root' }
  let flow: FlowHit | undefined
  for (let i = 0; i < path.length; i++) {
    const seg = path[i] as string | number
    if (isFlow(node)) flow = { node, slot, depth: i, inBlock: !flow }
    const here = { node, slot, depth: i, ...(flow ? { flow } : {}) }
    if (isMap(node)) {
      const at = findPair(node, seg)
      if (at < 0) return here
      const pair = node.items[at] as Pair<unknown, unknown>
      node = pair.value
      slot = { kind: 'pair', pair }
    } else if (isSeq(node) && typeof seg === 'number' && seg >= 0 && seg < node.items.length) {
      slot = { kind: 'item', seq: node, index: seg }
      node = node.items[seg]
    } else {
      return here
    }
  }
  return { node, slot, depth: path.length, ...(flow ? { flow } : {}) }
}

function rewriteFlow(ctx: EditContext, flow: FlowHit, updated: unknown): string {
  // An empty `{}`/`[]` that gains content becomes an ordinary block, as a person would write it.
  if (flow.node.items.length === 0 && flow.inBlock) return replaceSlot(ctx, flow.slot, updated)
  return splice(ctx.text, flow.node.range?.[0] ?? 0, contentEnd(ctx.text, flow.node), formatFlow(updated))
}

function flowValue(ctx: EditContext, flow: FlowHit): unknown {
  return flow.node.toJS(ctx.doc)
}

/** Sets the value at `path` in document `docIndex`, creating missing parents as block text. */
export function setAtPath(source: string, path: SpecPath, value: unknown, docIndex = 0): string {
  if (value === undefined) return deleteAtPath(source, path, docIndex)
  return setFast(source, path, value, docIndex) ?? setAtPathAst(source, path, value, docIndex)
}

/** Removes the key or list item at `path`; a path that does not exist leaves the text as is. */
export function deleteAtPath(source: string, path: SpecPath, docIndex = 0): string {
  return deleteFast(source, path, docIndex) ?? deleteAtPathAst(source, path, docIndex)
}

/** setAtPath through the `yaml` AST only (the general path; tests compare the fast one with it). */
export function setAtPathAst(source: string, path: SpecPath, value: unknown, docIndex = 0): string {
  if (value === undefined) return deleteAtPathAst(source, path, docIndex)
  const ctx = openDocument(source, docIndex)
  const { node, slot, depth, flow } = walk(ctx, path)
  if (flow) {
    // Inside `{...}`/`[...]` (JSON included): a scalar is replaced in place, anything else
    // rewrites the innermost flow collection.
    if (depth === path.length && isScalar(node) && isPresent(node) && (typeof value !== 'object' || value === null)) {
      return splice(source, node.range?.[0] ?? 0, contentEnd(source, node), formatFlowScalar(value, node.type))
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
    throw new RangeError(`${where(path, depth)} is a list of ${node.items.length}; cannot set item ${String(seg)}.`)
  }
  return replaceSlot(ctx, slot, nestValue(rest, value))
}

/** deleteAtPath through the `yaml` AST only. */
export function deleteAtPathAst(source: string, path: SpecPath, docIndex = 0): string {
  const ctx = openDocument(source, docIndex)
  if (path.length === 0) return replaceSlot(ctx, { kind: 'root' }, {})
  const parentPath = path.slice(0, -1)
  const { node, slot, depth, flow: outer } = walk(ctx, parentPath)
  if (depth < parentPath.length) return source
  const flow: FlowHit | undefined = isFlow(node) ? { node, slot, depth, inBlock: !outer } : outer
  if (flow) {
    const js = flowValue(ctx, flow)
    const updated = deleteInValue(js, path.slice(flow.depth))
    return updated === js ? source : rewriteFlow(ctx, flow, updated)
  }
  const last = path[path.length - 1] as string | number
  if (isMap(node)) {
    const at = findPair(node, last)
    if (at < 0) return source
    return node.items.length === 1 ? replaceSlot(ctx, slot, {}) : deletePair(ctx, node, at)
  }
  if (isSeq(node) && typeof last === 'number' && last >= 0 && last < node.items.length) {
    return node.items.length === 1 ? replaceSlot(ctx, slot, []) : deleteItem(ctx, node, last)
  }
  return source
}

/** Applies patches in order (`set` with an undefined value deletes). */
export function applyPatches(source: string, patches: readonly Patch[], docIndex = 0): string {
  let text = source
  for (const p of patches) {
    text = p.op === 'delete' ? deleteAtPath(text, p.path, docIndex) : setAtPath(text, p.path, p.value, docIndex)
  }
  return text
}
