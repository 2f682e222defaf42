/**
 * Test support: the oracle every edit property test uses. It plans edits for a document (every
 * set, add and delete up to a depth), applies one with `only-here` for shared data, and judges
 * the result: refused with a message, or re-read exactly as intended with every comment outside
 * the edited entry kept and every line outside it byte-identical. Returns verdicts, not asserts.
 */
import type { SpecPath } from '../model/types'
import { deleteAtPath, isEditRefusal, setAtPath } from './edit'
import { parseYaml } from './parseYaml'
import type { ParsedDocument } from './types'
import { deleteInValue, getInValue, setInValue } from './valuePath'
import { sameValue } from './editVerify'

export interface PlannedEdit {
  readonly op: 'set' | 'delete'
  readonly path: SpecPath
  readonly value?: unknown
}

export type Verdict =
  | { readonly kind: 'ok'; readonly text: string }
  | { readonly kind: 'refused'; readonly construct: string; readonly message: string }
  | { readonly kind: 'broken'; readonly why: string }

const VALUES: readonly unknown[] = [
  'edited value',
  42,
  { added: 'map' },
  ['item'],
  null,
  'multi\nline',
  true,
]

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return (
    typeof v === 'object' &&
    v !== null &&
    !Array.isArray(v) &&
    Object.getPrototypeOf(v) === Object.prototype
  )
}

/** Every set, delete and add at paths up to `maxDepth` below the root of `value`. */
export function planEdits(value: unknown, maxDepth: number): PlannedEdit[] {
  const out: PlannedEdit[] = []
  let n = 0
  const next = (): unknown => VALUES[n++ % VALUES.length]
  const visit = (v: unknown, path: SpecPath): void => {
    if (path.length >= maxDepth) return
    if (Array.isArray(v)) {
      out.push({ op: 'set', path: [...path, v.length], value: next() })
      v.forEach((x: unknown, i) => {
        out.push(
          { op: 'set', path: [...path, i], value: next() },
          { op: 'delete', path: [...path, i] },
        )
        visit(x, [...path, i])
      })
    } else if (isPlainObject(v)) {
      out.push({ op: 'set', path: [...path, 'added key'], value: next() })
      for (const [k, x] of Object.entries(v)) {
        out.push(
          { op: 'set', path: [...path, k], value: next() },
          { op: 'delete', path: [...path, k] },
        )
        visit(x, [...path, k])
      }
    }
  }
  visit(value, [])
  return out
}

export function isEditableRoot(v: unknown): boolean {
  return Array.isArray(v) || isPlainObject(v)
}

interface Span {
  readonly lo: number
  readonly hi: number
}

/** 0-based lines an edit of `path` may touch: its entry, the outermost flow collection around it, anchors and aliases. */
function allowedSpan(text: string, doc: ParsedDocument, edit: PlannedEdit): Span {
  const exists = getInValue(doc.value, edit.path) !== undefined || hasKey(doc.value, edit.path)
  let target = exists ? edit.path : edit.path.slice(0, -1)
  if (edit.op === 'delete') {
    const parent = getInValue(doc.value, edit.path.slice(0, -1))
    if (parent && typeof parent === 'object' && Object.keys(parent).length === 1)
      target = edit.path.slice(0, -1)
  }
  const root = doc.rangeOf([])
  const first = root?.exact ? text[root.range.start.offset] : undefined
  if (first === '{' || first === '[') return { lo: 0, hi: Number.MAX_SAFE_INTEGER }
  for (let n = 1; n <= target.length; n++) {
    const at = doc.rangeOf(target.slice(0, n))
    if (!at?.exact) break
    const c = text[at.range.start.offset]
    if (c === '{' || c === '[') {
      target = target.slice(0, n)
      break
    }
  }
  if (target.length === 0) return { lo: 0, hi: Number.MAX_SAFE_INTEGER }
  const value = doc.rangeOf(target)?.range
  const key = doc.keyRangeOf(target)
  let lo = (key?.start.line ?? value?.start.line ?? 1) - 1
  let hi = (value?.end.line ?? 1) - 1
  // An entry starts at its `-`, `?` or properties when those stand alone on the line above it.
  const lines = text.split('\n')
  while (
    lo > 0 &&
    /^\s*(?:[-?:]\s*)?(?:[&!][^\s]*\s*)*(?:#.*)?$/.test(lines[lo - 1] ?? '') &&
    (lines[lo - 1] ?? '').trim() !== ''
  )
    lo--
  // An explicit key's empty value: its `:` stands alone on the line below the key.
  while (/^\s*:\s*$/.test(lines[hi + 1] ?? '')) hi++
  // Deleting the first entry of a compact item (`- a: 1`) pulls the next one up.
  if (edit.op === 'delete') hi++
  // Shared data: an alias may become a copy, an anchor may move to its first alias.
  const anchor = /(^|[\s[{,])&[^\s]/m.exec(text)
  if (anchor) {
    lo = Math.min(lo, text.slice(0, anchor.index).split('\n').length - 1)
    hi = Number.MAX_SAFE_INTEGER
  }
  return { lo, hi }
}

function hasKey(root: unknown, path: SpecPath): boolean {
  const parent = getInValue(root, path.slice(0, -1))
  return (
    isPlainObject(parent) &&
    Object.prototype.hasOwnProperty.call(parent, String(path[path.length - 1]))
  )
}

/** The comment lines among `lines`. */
export function commentLines(lines: readonly string[]): string[] {
  return lines.filter((l) => l.trim().startsWith('#'))
}

/** Where `after` differs from `before`: old lines [start, end) (0-based) became `added`. */
export interface LineChange {
  readonly start: number
  readonly end: number
  readonly removed: string[]
  readonly added: string[]
}

/** The one run of lines between the common prefix and the common suffix of two texts. */
export function changedLines(before: string, after: string): LineChange {
  const a = before.split('\n')
  const b = after.split('\n')
  let p = 0
  while (p < a.length && p < b.length && a[p] === b[p]) p++
  let s = 0
  while (s < a.length - p && s < b.length - p && a[a.length - 1 - s] === b[b.length - 1 - s]) s++
  return {
    start: p,
    end: a.length - s,
    removed: a.slice(p, a.length - s),
    added: b.slice(p, b.length - s),
  }
}

function checkLines(before: string, after: string, span: Span): string | undefined {
  if (before === after) return undefined
  const a = before.split('\n')
  const b = after.split('\n')
  const { start: p, end } = changedLines(before, after)
  if (p < span.lo || end > span.hi + 1)
    return `lines ${p + 1}-${end} changed outside the entry (lines ${span.lo + 1}-${span.hi + 1})`
  const outside = [...a.slice(0, span.lo), ...a.slice(span.hi + 1)]
  const have = new Map<string, number>()
  for (const c of commentLines(b)) have.set(c, (have.get(c) ?? 0) + 1)
  for (const c of commentLines(outside)) {
    const n = have.get(c) ?? 0
    if (n === 0) return `comment lost: ${c}`
    have.set(c, n - 1)
  }
  return undefined
}

/** Applies `edit` to document `docIndex` of `text` and judges the result. */
export function judgeEdit(text: string, docIndex: number, edit: PlannedEdit): Verdict {
  const before = parseYaml(text).documents
  const doc = before[docIndex] as ParsedDocument
  let out: string
  try {
    out =
      edit.op === 'delete'
        ? deleteAtPath(text, edit.path, docIndex, { shared: 'only-here' })
        : setAtPath(text, edit.path, edit.value, docIndex, { shared: 'only-here' })
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err)
    if (!message) return { kind: 'broken', why: 'refused without a message' }
    return {
      kind: 'refused',
      construct: isEditRefusal(err) ? err.construct : (err as Error).name,
      message,
    }
  }
  const after = parseYaml(out).documents
  if (after.length !== before.length)
    return { kind: 'broken', why: `documents ${before.length} -> ${after.length}` }
  for (let i = 0; i < after.length; i++) {
    const got = after[i] as ParsedDocument
    if (got.errors.length > 0)
      return { kind: 'broken', why: `does not parse: ${got.errors[0]?.message ?? ''}` }
    const old = (before[i] as ParsedDocument).value
    const want =
      i !== docIndex
        ? old
        : edit.op === 'delete'
          ? deleteInValue(old, edit.path)
          : setInValue(old, edit.path, edit.value)
    if (!sameValue(got.value, want))
      return { kind: 'broken', why: `document ${i} reads back as ${JSON.stringify(got.value)}` }
  }
  const why = checkLines(text, out, allowedSpan(text, doc, edit))
  return why ? { kind: 'broken', why } : { kind: 'ok', text: out }
}
