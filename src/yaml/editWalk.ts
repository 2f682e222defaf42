/**
 * The general edit path's walk over the `yaml` AST: opens a document for editing, follows a path
 * through maps, lists and aliases, and notes the first shared node and the innermost flow
 * collection on the way. Refuses (throws EditRefusal) where keys cannot be matched safely:
 * complex keys, alias keys, and collections read by entry (!!omap, !!set, !!pairs). Pure.
 */
import {
  isAlias,
  isCollection,
  isMap,
  isScalar,
  isSeq,
  type Alias,
  type Node,
  type Pair,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml'
import type { SpecPath } from '../model/types'
import { anchorIndex, anchorSpan, lineAt } from './anchors'
import { composeStreamCached, DEFAULT_LIMITS } from './compose'
import { refusal } from './editRefusal'
import type { EditContext, Slot } from './editSlots'
import { eolOf } from './textPos'

export function openDocument(source: string, docIndex: number): EditContext {
  const stream = composeStreamCached(source, DEFAULT_LIMITS)
  const c = stream.documents[docIndex]
  const refused = stream.errors[0]
  if (!c && refused) throw new Error(refused.message)
  if (!c)
    throw new RangeError(
      `There is no document ${docIndex} (the text has ${stream.documents.length}).`,
    )
  if (!c.doc) throw new Error(c.limit?.message ?? 'This document could not be read.')
  const first = c.doc.errors[0]
  if (first)
    throw new Error(`Fix the YAML errors in this document before editing it: ${first.message}`)
  return { text: source, doc: c.doc, eol: eolOf(source) }
}

export const ENTRY_TAGS = new Map([
  ['tag:yaml.org,2002:omap', '!!omap'],
  ['tag:yaml.org,2002:set', '!!set'],
  ['tag:yaml.org,2002:pairs', '!!pairs'],
])

/** 1-based line of a node, or of the `&anchor`/`!tag` written before it. */
export function lineOf(ctx: EditContext, node: unknown): number {
  const n = node as Node | null
  const start = n?.range?.[0] ?? 0
  const anchored = n ? anchorSpan(ctx.text, n)?.[0] : undefined
  const props = /(?:[&!][^\s]*\s*)+$/.exec(ctx.text.slice(Math.max(0, start - 300), start))
  return lineAt(ctx.text, anchored ?? (props ? start - props[0].length : start))
}

function isComplexKey(key: unknown): boolean {
  return key != null && !isAlias(key) && !isScalar(key)
}

function keyMatches(key: unknown, want: string): boolean {
  if (key == null) return want === ''
  if (!isScalar(key)) return false
  // The `yaml` library reads a null key (`~`, `null`, nothing) as the empty string.
  return key.value === null ? want === '' : String(key.value) === want
}

export function findPair(
  ctx: EditContext,
  map: YAMLMap<unknown, unknown>,
  seg: string | number,
): number {
  const want = String(seg)
  const at = map.items.findIndex((p) => keyMatches(p.key, want))
  if (map.items.some((p) => isComplexKey(p.key))) throw refusal('complex-key', lineOf(ctx, map))
  // An alias used as a key reads as its anchor's text; it cannot be told apart safely.
  if (at < 0 && map.items.some((p) => isAlias(p.key))) throw refusal('alias-key', lineOf(ctx, map))
  return at
}

export function where(path: SpecPath, i: number): string {
  return path.slice(0, i).map(String).join('.') || '(document root)'
}

export type FlowCollection = YAMLMap<unknown, unknown> | YAMLSeq<unknown>

/** The deepest flow collection the walk went through: edits inside it rewrite only it. */
export interface FlowHit {
  readonly node: FlowCollection
  readonly slot: Slot
  readonly depth: number
  /** True when its parent is block text (so an empty `{}` may become a block). */
  readonly inBlock: boolean
}

/** The first place on the path where the edit would reach data another place reads. */
export type SharedStep =
  | { readonly kind: 'alias'; readonly alias: Alias; readonly target: Node; readonly depth: number }
  | { readonly kind: 'anchor'; readonly node: Node; readonly depth: number }

export interface Walked {
  readonly node: unknown
  readonly slot: Slot
  /** How many segments of the path were found. */
  readonly depth: number
  readonly flow?: FlowHit
  readonly shared?: SharedStep
}

export function isFlow(node: unknown): node is FlowCollection {
  return isCollection(node) && node.flow === true
}

/** The step when `node` is anchored and read by an alias. */
function anchoredStep(ctx: EditContext, node: unknown, depth: number): SharedStep | undefined {
  if (!isCollection(node) && !isScalar(node)) return undefined
  if (!node.anchor || (anchorIndex(ctx.doc).aliases.get(node) ?? []).length === 0) return undefined
  return { kind: 'anchor', node, depth }
}

/**
 * Follows `path` down the AST; stops at the end of the path, a scalar or a missing key. An alias
 * on the way is followed (and recorded); `intoLast` also follows one at the end of the path.
 */
export function walk(ctx: EditContext, path: SpecPath, intoLast = false): Walked {
  let node: unknown = ctx.doc.contents
  let slot: Slot = { kind: 'root' }
  let flow: FlowHit | undefined
  let shared: SharedStep | undefined
  const stop = (depth: number): Walked => ({
    node,
    slot,
    depth,
    ...(flow ? { flow } : {}),
    ...(shared ? { shared } : {}),
  })
  for (let i = 0; i <= path.length; i++) {
    if (isAlias(node) && (i < path.length || intoLast)) {
      const target = anchorIndex(ctx.doc).targets.get(node)
      if (!target) return stop(i)
      shared ??= { kind: 'alias', alias: node, target, depth: i }
      node = target
    }
    shared ??= anchoredStep(ctx, node, i)
    if (i === path.length) break
    const seg = path[i] as string | number
    const entries =
      isCollection(node) && typeof node.tag === 'string' ? ENTRY_TAGS.get(node.tag) : undefined
    if (entries) throw refusal('tagged-collection', lineOf(ctx, node), entries)
    if (isFlow(node)) flow = { node, slot, depth: i, inBlock: !flow }
    if (isMap(node)) {
      const at = findPair(ctx, node, seg)
      if (at < 0) return stop(i)
      const pair = node.items[at] as Pair<unknown, unknown>
      node = pair.value
      slot = { kind: 'pair', pair }
    } else if (isSeq(node) && typeof seg === 'number' && seg >= 0 && seg < node.items.length) {
      slot = { kind: 'item', seq: node, index: seg }
      node = node.items[seg]
    } else {
      return stop(i)
    }
  }
  return stop(path.length)
}
