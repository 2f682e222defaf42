/**
 * Structural sharing between two reads of a text: every part of the new value that is deep-equal
 * to the same place in the old one (same keys in the same order) is replaced by the old object.
 * A form control that selects a part of the resource (an object, a list) then sees the same object
 * after an edit elsewhere, and does not re-render. Pure.
 */

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null) return false
  const proto = Object.getPrototypeOf(v) as unknown
  return proto === Object.prototype || proto === null
}

/** `next`, with each subtree equal to `prev`'s at the same place taken from `prev`. */
export function shareUnchanged<T>(prev: unknown, next: T): T {
  if (Object.is(prev, next)) return next
  if (Array.isArray(prev) && Array.isArray(next)) {
    let same = prev.length === next.length
    const out = next.map((v: unknown, i) => {
      const shared = shareUnchanged(prev[i], v)
      if (shared !== prev[i]) same = false
      return shared
    })
    return (same ? prev : out) as T
  }
  if (isPlainObject(prev) && isPlainObject(next)) {
    const before = Object.keys(prev)
    const after = Object.keys(next)
    let same = before.length === after.length
    const out: Record<string, unknown> = {}
    after.forEach((key, i) => {
      const shared = shareUnchanged(prev[key], next[key])
      out[key] = shared
      if (before[i] !== key || shared !== prev[key]) same = false
    })
    return (same ? prev : out) as T
  }
  return next
}
