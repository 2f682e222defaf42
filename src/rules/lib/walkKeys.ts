/** Depth-first walk over the keys of a free-form map (spec.config, inCluster.values). Pure. */
import type { SpecPath } from '../../model'
import { isRecord } from '../../model'
import type { Dict } from './read'

const MAX_DEPTH = 12

/** Visits every key below `node`; `visit` returns false to skip that key's subtree. */
export function walkKeys(
  node: Dict,
  path: SpecPath,
  visit: (key: string, value: unknown, path: SpecPath, parent: Dict) => boolean,
  depth = 0,
): void {
  if (depth > MAX_DEPTH) return
  for (const [key, value] of Object.entries(node)) {
    const here = [...path, key]
    if (visit(key, value, here, node) && isRecord(value)) walkKeys(value, here, visit, depth + 1)
  }
}
