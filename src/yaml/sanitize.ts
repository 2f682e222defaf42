/**
 * Removes `__proto__` keys from parsed values. The `yaml` library already defines such keys as own
 * properties (no prototype change), but a consumer that merges objects with `target[key] = ...`
 * would still be exposed, so the key does not survive into the studio's data.
 */
import type { SpecPath } from '../model/types'

const UNSAFE = '__proto__'

/** Deletes own `__proto__` keys in place (objects shared through aliases are visited once). */
export function stripUnsafeKeys(value: unknown, found: SpecPath[]): unknown {
  const seen = new Set<object>()
  const stack: [unknown, SpecPath][] = [[value, []]]
  while (stack.length > 0) {
    const [v, path] = stack.pop() as [unknown, SpecPath]
    if (typeof v !== 'object' || v === null || seen.has(v)) continue
    seen.add(v)
    if (Array.isArray(v)) {
      v.forEach((item: unknown, i) => stack.push([item, [...path, i]]))
      continue
    }
    const rec = v as Record<string, unknown>
    if (Object.prototype.hasOwnProperty.call(rec, UNSAFE)) {
      delete rec[UNSAFE]
      found.push([...path, UNSAFE])
    }
    for (const k of Object.keys(rec)) stack.push([rec[k], [...path, k]])
  }
  return value
}
