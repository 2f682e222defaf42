/**
 * The last step of every general-path edit: read the new text back and compare it with what the
 * edit meant (the old value with the change applied, every other document unchanged). Text that
 * does not parse or reads back to anything else is refused, never returned. Pure.
 */
import type { SpecPath } from '../model/types'
import { lineAt } from './anchors'
import { composeStreamCached, DEFAULT_LIMITS, type ComposedStream } from './compose'
import { refusal } from './editRefusal'
import { deleteInValue, getInValue, setInValue } from './valuePath'

/** Structural equality for values the `yaml` library reads (Map, Set, Date, bytes included). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return a === b
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((x, i) => sameValue(x, b[i]))
    )
  }
  if (a instanceof Map || b instanceof Map) {
    if (!(a instanceof Map && b instanceof Map) || a.size !== b.size) return false
    const bs = [...b.entries()]
    return [...a.entries()].every(
      ([k, v], i) => sameValue(k, bs[i]?.[0]) && sameValue(v, bs[i]?.[1]),
    )
  }
  if (a instanceof Set || b instanceof Set) {
    return a instanceof Set && b instanceof Set && sameValue([...a], [...b])
  }
  if (a instanceof Date || b instanceof Date) {
    return a instanceof Date && b instanceof Date && a.getTime() === b.getTime()
  }
  if (ArrayBuffer.isView(a) || ArrayBuffer.isView(b)) {
    return (
      ArrayBuffer.isView(a) &&
      ArrayBuffer.isView(b) &&
      sameValue(Array.from(a as Uint8Array), Array.from(b as Uint8Array))
    )
  }
  const ka = Object.keys(a)
  const kb = Object.keys(b)
  if (ka.length !== kb.length) return false
  const rb = b as Record<string, unknown>
  return ka.every((k, i) => kb[i] === k && sameValue((a as Record<string, unknown>)[k], rb[k]))
}

/** Every document's value, or undefined when one has errors or cannot be read. */
function valuesOf(stream: ComposedStream): unknown[] | undefined {
  if (stream.errors.length > 0) return undefined
  const out: unknown[] = []
  for (const c of stream.documents) {
    if (!c.doc || c.doc.errors.length > 0) return undefined
    try {
      out.push(c.doc.toJS({ maxAliasCount: DEFAULT_LIMITS.maxAliasCount }))
    } catch {
      return undefined
    }
  }
  return out
}

export type IntendedEdit =
  | { readonly op: 'set'; readonly path: SpecPath; readonly value: unknown }
  | { readonly op: 'delete'; readonly path: SpecPath }

function firstDifference(a: string, b: string): number {
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  return i
}

/**
 * Returns `after` when it reads back as `edit` applied to `before`; throws an `unverified`
 * refusal otherwise. `sharedAll`: the edit changed data other places share on purpose, so only
 * the edited path and the other documents are compared.
 */
export function verifyEdit(
  before: string,
  after: string,
  docIndex: number,
  edit: IntendedEdit,
  sharedAll: boolean,
): string {
  const line = lineAt(after, firstDifference(before, after))
  const old = valuesOf(composeStreamCached(before, DEFAULT_LIMITS))
  if (after === before && edit.op === 'delete') {
    // Nothing written: fine when there was nothing to delete, a silent failure otherwise.
    if (old && hasPath(old[docIndex], edit.path))
      throw refusal('unverified', line, 'the entry could not be removed')
    return after
  }
  const now = valuesOf(composeStreamCached(after, DEFAULT_LIMITS))
  if (!now) throw refusal('unverified', line, 'the result would not parse')
  if (!old || old.length !== now.length)
    throw refusal('unverified', line, 'the documents would change')
  for (let i = 0; i < old.length; i++) {
    if (i !== docIndex) {
      if (!sameValue(old[i], now[i]))
        throw refusal('unverified', line, 'another document would change')
      continue
    }
    if (sharedAll) {
      const ok =
        edit.op === 'set'
          ? sameValue(getInValue(now[i], edit.path), edit.value)
          : !hasPath(now[i], edit.path)
      if (!ok) throw refusal('unverified', line, 'the value would read back differently')
      continue
    }
    // Deleting the root leaves an empty map (a document needs a value to edit later).
    const want =
      edit.op === 'set'
        ? setInValue(old[i], edit.path, edit.value)
        : edit.path.length === 0
          ? {}
          : deleteInValue(old[i], edit.path)
    if (!sameValue(now[i], want))
      throw refusal('unverified', line, 'the value would read back differently')
  }
  return after
}

function hasPath(root: unknown, path: SpecPath): boolean {
  const parent = getInValue(root, path.slice(0, -1))
  const last = path[path.length - 1]
  if (Array.isArray(parent)) return typeof last === 'number' && last >= 0 && last < parent.length
  return (
    typeof parent === 'object' &&
    parent !== null &&
    Object.prototype.hasOwnProperty.call(parent, String(last))
  )
}
