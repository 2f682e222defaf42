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
  /** The keys from the walked map down to this one. */
  readonly rel: readonly string[]
  /** Index in the list just past this key's subtree. */
  readonly end: number
}

/** Every key below `root` (written at `at`), parents before children, in document order. */
export function keyNodes(root: Dict, at: SpecPath): KeyNode[] {
  const out: { -readonly [K in keyof KeyNode]: KeyNode[K] }[] = []
  const add = (node: Dict, path: SpecPath, rel: readonly string[], depth: number): void => {
    for (const key of Object.keys(node)) {
      const value = node[key]
      const entry = { key, value, parent: node, path: [...path, key], rel: [...rel, key], end: 0 }
      out.push(entry)
      if (depth < MAX_DEPTH && isRecord(value)) add(value, entry.path, entry.rel, depth + 1)
      entry.end = out.length
    }
  }
  add(root, at, [], 0)
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
  return {
    root,
    nodes,
    index,
    resolve: (i) => (answers[i] ??= index.resolve((nodes[i] as KeyNode).rel)),
  }
}
