/**
 * Immutable get/set/delete on plain JS values by path (used for flow collections, which are
 * rewritten from their value, and by tests). Keys are own data properties, never prototype setters.
 */
import { isRecord } from '../model'
import type { SpecPath } from '../model/types'

function withKey(
  obj: Record<string, unknown>,
  key: string,
  value: unknown,
): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const k of Object.keys(obj))
    Object.defineProperty(out, k, {
      value: obj[k],
      enumerable: true,
      writable: true,
      configurable: true,
    })
  Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true })
  return out
}

/** The value for `rest` built from nothing: `['a', 0]` -> `{ a: [value] }`. */
export function nestValue(rest: SpecPath, value: unknown): unknown {
  let out = value
  for (let i = rest.length - 1; i >= 0; i--) {
    const seg = rest[i] as string | number
    if (typeof seg === 'number') {
      if (seg !== 0) throw new RangeError(`Cannot create list item ${seg} in a new list.`)
      out = [out]
    } else {
      out = withKey({}, seg, out)
    }
  }
  return out
}

export function getInValue(root: unknown, path: SpecPath): unknown {
  let v = root
  for (const seg of path) {
    if (Array.isArray(v) && typeof seg === 'number') v = v[seg] as unknown
    else if (isRecord(v) && Object.prototype.hasOwnProperty.call(v, String(seg))) v = v[String(seg)]
    else return undefined
  }
  return v
}

/** A copy of `root` with `value` at `path` (missing parents created). */
export function setInValue(root: unknown, path: SpecPath, value: unknown): unknown {
  if (path.length === 0) return value
  const [seg, ...rest] = path as [string | number, ...(string | number)[]]
  if (Array.isArray(root) && typeof seg === 'number') {
    if (seg < 0 || seg > root.length)
      throw new RangeError(`Cannot set list item ${seg} of ${root.length}.`)
    const copy = [...(root as unknown[])]
    copy[seg] = setInValue(copy[seg], rest, value)
    return copy
  }
  if (isRecord(root)) {
    const key = String(seg)
    const child = Object.prototype.hasOwnProperty.call(root, key) ? root[key] : undefined
    return withKey(
      root,
      key,
      child === undefined ? nestValue(rest, value) : setInValue(child, rest, value),
    )
  }
  return nestValue(path, value)
}

/** A copy of `root` without `path`, or `root` itself when the path does not exist. */
export function deleteInValue(root: unknown, path: SpecPath): unknown {
  if (path.length === 0) return root
  const [seg, ...rest] = path as [string | number, ...(string | number)[]]
  if (Array.isArray(root) && typeof seg === 'number' && seg >= 0 && seg < root.length) {
    const child: unknown = root[seg]
    if (rest.length === 0) return root.filter((_, i) => i !== seg)
    const next = deleteInValue(child, rest)
    return next === child ? root : root.map((v: unknown, i) => (i === seg ? next : v))
  }
  const key = String(seg)
  if (!isRecord(root) || !Object.prototype.hasOwnProperty.call(root, key)) return root
  if (rest.length === 0) {
    const out: Record<string, unknown> = {}
    for (const k of Object.keys(root))
      if (k !== key)
        Object.defineProperty(out, k, {
          value: root[k],
          enumerable: true,
          writable: true,
          configurable: true,
        })
    return out
  }
  const next = deleteInValue(root[key], rest)
  return next === root[key] ? root : withKey(root, key, next)
}
