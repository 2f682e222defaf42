/**
 * Duplicate map keys, found in one pass with a Set per map. The `yaml` library's own check
 * (`uniqueKeys`) compares each new key with every earlier one, which is quadratic on the
 * thousand-key `inCluster.values` maps of a live resource, so it is turned off and done here.
 */
import { isMap, isPair, isScalar, isSeq, type Node } from 'yaml'

export interface DuplicateKey {
  readonly key: string
  readonly start: number
  readonly end: number
}

/** Every key written a second (or later) time in the same map, in document order. */
export function findDuplicateKeys(root: unknown): DuplicateKey[] {
  const found: DuplicateKey[] = []
  const stack: unknown[] = [root]
  while (stack.length > 0) {
    const node = stack.pop()
    if (isMap(node)) {
      const seen = new Set<string>()
      for (const pair of node.items) {
        if (!isPair(pair)) continue
        const key = pair.key as Node | null
        if (isScalar(key)) {
          const id = `${typeof key.value}:${String(key.value)}`
          if (seen.has(id) && key.range)
            found.push({ key: String(key.value), start: key.range[0], end: key.range[1] })
          seen.add(id)
        } else if (key) {
          stack.push(key)
        }
        stack.push(pair.value)
      }
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push(item)
    }
  }
  return found.sort((a, b) => a.start - b.start)
}
