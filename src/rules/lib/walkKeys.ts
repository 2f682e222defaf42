/**
 * The keys of a free-form map (spec.config, inCluster.values) as one flat, depth-first list, built
 * once and read by every rule that checks the map; `visitKeys` walks it with subtree skipping.
 * Pure; the list and its nodes are read-only.
 */
import type { KeyIndex, KeyResolution, SpecPath } from '../../model'
import { isRecord } from '../../model'
import type { Dict } from './read'

/** Keys nested deeper than this below the map are not listed (a pasted dump, not a setting). */
const MAX_DEPTH = 12

export interface KeyNode {
  readonly key: string
  readonly value: unknown
  /** The map that holds the key. */
  readonly parent: Dict
  /** Document path of the value. */
  readonly path: SpecPath
  /** The keys from the walked map down to this one (built when read). */
  readonly rel: readonly string[]
  /** How many maps down from the walked one: 0 for its own keys. */
  readonly depth: number
  /** Index of the key that holds this one's map, -1 at the top. */
  readonly up: number
  /** Index in the list just past this key's subtree. */
  readonly end: number
}

class Node implements KeyNode {
  readonly key: string
  readonly value: unknown
  readonly parent: Dict
  readonly depth: number
  readonly up: number
  end = 0
  /** The node that holds this one's map, and the walked map's own path (for the top keys). */
  readonly #above: Node | undefined
  readonly #at: SpecPath
  #path: SpecPath | undefined
  constructor(
    key: string,
    value: unknown,
    parent: Dict,
    above: Node | undefined,
    at: SpecPath,
    depth: number,
    up: number,
  ) {
    this.key = key
    this.value = value
    this.parent = parent
    this.#above = above
    this.#at = at
    this.depth = depth
    this.up = up
  }

  /** Built on first read: most keys of a large map are never reported, so never need one. */
  get path(): SpecPath {
    this.#path ??= [...(this.#above ? this.#above.path : this.#at), this.key]
    return this.#path
  }

  get rel(): readonly string[] {
    const rel = new Array<string>(this.depth + 1)
    rel[this.depth] = this.key
    let node = this.#above
    for (let k = this.depth - 1; k >= 0 && node; k--, node = node.#above) rel[k] = node.key
    return rel
  }
}

/** Every key below `root` (written at `at`), parents before children, in document order. */
export function keyNodes(root: Dict, at: SpecPath): KeyNode[] {
  const out: Node[] = []
  const add = (node: Dict, above: Node | undefined, depth: number, up: number): void => {
    for (const key of Object.keys(node)) {
      const value = node[key]
      const slot = out.length
      const entry = new Node(key, value, node, above, at, depth, up)
      out.push(entry)
      if (depth < MAX_DEPTH && isRecord(value)) add(value, entry, depth + 1, slot)
      entry.end = out.length
    }
  }
  add(root, undefined, 0, -1)
  return out
}

/**
 * Visits the nodes in order; `visit` returns false to skip that key's subtree (its children are
 * visited only when it returns true).
 */
export function visitKeys(
  nodes: readonly KeyNode[],
  visit: (node: KeyNode, i: number) => boolean,
): void {
  for (let i = 0; i < nodes.length;) {
    const node = nodes[i] as KeyNode
    i = visit(node, i) ? i + 1 : node.end
  }
}

/** A map's keys with the catalogue's answer for each, computed on first request and kept. */
export interface ResolvedKeys {
  /** The map walked. */
  readonly root: Dict
  readonly nodes: readonly KeyNode[]
  readonly index: KeyIndex
  resolve(i: number): KeyResolution
}

export function resolvedKeys(root: Dict, at: SpecPath, index: KeyIndex): ResolvedKeys {
  const nodes = keyNodes(root, at)
  const answers: (KeyResolution | undefined)[] = new Array<KeyResolution | undefined>(nodes.length)
  // From the parent's answer where that decides it, else from the top.
  const resolve = (i: number): KeyResolution => {
    const known = answers[i]
    if (known) return known
    const node = nodes[i] as KeyNode
    const answer =
      (node.up >= 0 ? index.resolveBelow(resolve(node.up), node.key) : undefined) ??
      index.resolve(node.rel)
    answers[i] = answer
    return answer
  }
  return {
    root,
    nodes,
    index,
    resolve,
  }
}
