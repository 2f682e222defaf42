/**
 * A path -> offsets index over one composed document, built once on first use. Paths are the
 * studio's SpecPath (map keys as strings, list indices as numbers); the key prefixes each segment with NUL.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, type Node } from 'yaml'
import { contentEnd } from './textPos'

export interface PathEntry {
  readonly value: readonly [number, number]
  readonly key?: readonly [number, number]
}

export type PathIndex = ReadonlyMap<string, PathEntry>

export function pathKey(path: readonly (string | number)[]): string {
  let key = ''
  for (const seg of path) key += '\u0000' + String(seg)
  return key
}

/** The string a map key stands for in a path, or undefined for complex keys. */
export function keyName(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value)
  if (key == null) return ''
  return undefined
}

function valueSpan(text: string, node: Node): readonly [number, number] {
  const r = node.range as readonly [number, number, number]
  return [r[0], Math.max(r[0], contentEnd(text, node))]
}

/** Walks the document once and records where each path's value (and key) is written. */
export function buildPathIndex(text: string, root: Node | null | undefined): PathIndex {
  const index = new Map<string, PathEntry>()
  const visit = (node: unknown, prefix: string, keySpan?: readonly [number, number]): void => {
    if (!node || !(isMap(node) || isSeq(node) || isScalar(node) || isAlias(node))) {
      if (keySpan) index.set(prefix, { value: keySpan, key: keySpan })
      return
    }
    let span = node.range ? valueSpan(text, node) : keySpan
    // An empty value (`key:`) has a zero-width range, often on the next line: point at the key.
    if (span && span[0] === span[1] && keySpan) span = keySpan
    if (span) index.set(prefix, keySpan ? { value: span, key: keySpan } : { value: span })
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue
        const name = keyName(pair.key)
        if (name === undefined) continue
        const k = pair.key as Node | null
        const kSpan = k?.range ? valueSpan(text, k) : span
        visit(pair.value, prefix + '\u0000' + name, kSpan)
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => visit(item, prefix + '\u0000' + String(i)))
    }
  }
  visit(root, '')
  return index
}
