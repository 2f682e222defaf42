/**
 * Anchors and aliases of one parsed document: which node each alias reads, which anchored nodes
 * are read elsewhere, where a node sits (its path and slot), and where its `&name` is written.
 * The editors use it to ask before changing shared data and to move an anchor before deleting
 * the node that carries it. Pure: reads the `yaml` AST and the text, never mutates either.
 */
import {
  isAlias,
  isCollection,
  isMap,
  isPair,
  isScalar,
  isSeq,
  visit,
  type Alias,
  type Document,
  type Node,
  type Pair,
  type YAMLSeq,
} from 'yaml'
import type { SpecPath } from '../model/types'
import type { Slot } from './editSlots'

export interface AnchorIndex {
  /** Every alias with the node it reads (the last node anchored with its name before it). */
  readonly targets: ReadonlyMap<Alias, Node>
  /** The aliases of each anchored node, in document order. */
  readonly aliases: ReadonlyMap<Node, readonly Alias[]>
  /** Alias nodes used as keys. */
  readonly keyAliases: ReadonlySet<Alias>
}

const indexes = new WeakMap<Document, AnchorIndex>()

/** The document's anchors and aliases (computed once per composed document). */
export function anchorIndex(doc: Document.Parsed): AnchorIndex {
  const hit = indexes.get(doc)
  if (hit) return hit
  const current = new Map<string, Node>()
  const targets = new Map<Alias, Node>()
  const aliases = new Map<Node, Alias[]>()
  const keyAliases = new Set<Alias>()
  visit(doc, {
    Node(key, node) {
      if (isAlias(node)) {
        const target = current.get(node.source)
        if (!target) return
        targets.set(node, target)
        const list = aliases.get(target) ?? []
        list.push(node)
        aliases.set(target, list)
        if (key === 'key') keyAliases.add(node)
      } else if (node.anchor) {
        current.set(node.anchor, node)
      }
    },
  })
  const out = { targets, aliases, keyAliases }
  indexes.set(doc, out)
  return out
}

/** 1-based line of an offset. */
export function lineAt(text: string, offset: number): number {
  let n = 1
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) n++
  return n
}

/** True when `inner` lies within `outer`'s written range. */
export function isWithin(inner: Node, outer: Node): boolean {
  const a = inner.range
  const b = outer.range
  return !!a && !!b && a[0] >= b[0] && a[1] <= b[1]
}

/**
 * Where `&name` is written for `node`: the last `&name` before the node's content with nothing
 * but spaces, line breaks, tags and comments between them.
 */
export function anchorSpan(text: string, node: Node): readonly [number, number] | undefined {
  const name = node.anchor
  if (!name || !node.range) return undefined
  const token = '&' + name
  let at = text.lastIndexOf(token, node.range[0])
  while (at >= 0) {
    const end = at + token.length
    const between = text.slice(end, node.range[0])
    if (
      end <= node.range[0] &&
      /^(?:\s|$)/.test(text.slice(end, end + 1)) &&
      /^(?:\s+|![^\s]*|#[^\n]*)*$/.test(between)
    ) {
      return [at, end]
    }
    at = text.lastIndexOf(token, at - 1)
  }
  return undefined
}

interface Located {
  readonly path: SpecPath
  readonly slot: Slot
  /** True when a flow collection (`{…}`, `[…]`) holds the node. */
  readonly inFlow: boolean
}

function keyText(pair: Pair<unknown, unknown>): string | undefined {
  if (pair.key == null) return ''
  return isScalar(pair.key) ? String(pair.key.value) : undefined
}

/** The path and slot of `target` reached without passing through an alias; undefined if none. */
export function locate(doc: Document.Parsed, target: unknown): Located | undefined {
  if (doc.contents === target) return { path: [], slot: { kind: 'root' }, inFlow: false }
  const search = (node: unknown, path: SpecPath): Located | undefined => {
    const inFlow = isCollection(node) && node.flow === true
    if (isMap(node)) {
      for (const p of node.items) {
        const k = keyText(p)
        if (k === undefined) continue
        if (p.value === target)
          return { path: [...path, k], slot: { kind: 'pair', pair: p }, inFlow }
        const found = isCollection(p.value) ? search(p.value, [...path, k]) : undefined
        if (found) return found
      }
    } else if (isSeq(node)) {
      const seq = node as YAMLSeq<unknown>
      for (let i = 0; i < seq.items.length; i++) {
        const item = seq.items[i]
        if (item === target)
          return { path: [...path, i], slot: { kind: 'item', seq, index: i }, inFlow }
        const found = isCollection(item) ? search(item, [...path, i]) : undefined
        if (found) return found
      }
    }
    return undefined
  }
  return search(doc.contents, [])
}

/** Anchored nodes inside `root` (itself included) that an alias outside `root` reads. */
export function anchorsReadOutside(doc: Document.Parsed, root: Node): Node[] {
  const { aliases } = anchorIndex(doc)
  const out: Node[] = []
  const consider = (n: Node): void => {
    if (n.anchor && (aliases.get(n) ?? []).some((a) => !isWithin(a, root))) out.push(n)
  }
  consider(root)
  if (isCollection(root)) {
    visit(root, {
      Node(_key, n) {
        if (n !== root) consider(n)
      },
    })
  }
  return out
}

/** Anchored keys of the pair that an alias elsewhere reads. */
export function isReadKey(doc: Document.Parsed, pair: unknown): Node | undefined {
  if (!isPair(pair)) return undefined
  const key = pair.key as Node | null
  if (!key || !key.anchor) return undefined
  return (anchorIndex(doc).aliases.get(key) ?? []).length > 0 ? key : undefined
}
