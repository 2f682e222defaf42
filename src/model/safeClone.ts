/**
 * Copies untrusted data (parsed YAML, a decoded share link, anything) into plain JSON-like values.
 * Never throws. Objects are created with plain literals and keys that could reach
 * Object.prototype (`__proto__`, `constructor`, `prototype`) are dropped, so nothing downstream can
 * pollute prototypes. Cycles, excessive depth and excessive size are cut and reported.
 */
import type { SpecPath } from './types'

export const MAX_DEPTH = 200
export const MAX_NODES = 500_000
export const UNSAFE_KEYS: readonly string[] = ['__proto__', 'constructor', 'prototype']

export type CloneProblem = 'unsafe-key' | 'cycle' | 'too-deep' | 'too-large' | 'unsupported'

export interface CloneIssue {
  path: SpecPath
  problem: CloneProblem
}

interface CloneState {
  nodes: number
  ancestors: Set<object>
  issues: CloneIssue[]
}

/** The copy, or undefined when the value itself cannot be represented (function, symbol, ...). */
export function safeClone(input: unknown, issues: CloneIssue[] = []): unknown {
  const state: CloneState = { nodes: 0, ancestors: new Set(), issues }
  return cloneValue(input, [], state)
}

function cloneValue(v: unknown, path: SpecPath, st: CloneState): unknown {
  st.nodes += 1
  if (st.nodes > MAX_NODES) return report(st, path, 'too-large')
  switch (typeof v) {
    case 'string':
    case 'boolean':
      return v
    case 'number':
      return v
    case 'bigint':
      return Number.isSafeInteger(Number(v)) ? Number(v) : String(v)
    case 'undefined':
      return undefined
    case 'object':
      return v === null ? null : cloneObject(v, path, st)
    default:
      return report(st, path, 'unsupported')
  }
}

function report(st: CloneState, path: SpecPath, problem: CloneProblem): undefined {
  if (problem !== 'too-large' || !st.issues.some((i) => i.problem === 'too-large')) {
    st.issues.push({ path, problem })
  }
  return undefined
}

function cloneObject(v: object, path: SpecPath, st: CloneState): unknown {
  if (st.ancestors.has(v)) return report(st, path, 'cycle')
  if (path.length >= MAX_DEPTH) return report(st, path, 'too-deep')
  try {
    if (v instanceof Date) return Number.isNaN(v.getTime()) ? String(v) : v.toISOString()
    if (v instanceof String || v instanceof Number || v instanceof Boolean) return v.valueOf()
    st.ancestors.add(v)
    try {
      return Array.isArray(v) ? cloneArray(v, path, st) : cloneRecord(v, path, st)
    } finally {
      st.ancestors.delete(v)
    }
  } catch {
    // A getter or proxy threw while we read it: keep what we can, never rethrow.
    return report(st, path, 'unsupported')
  }
}

function cloneArray(v: readonly unknown[], path: SpecPath, st: CloneState): unknown[] {
  const out: unknown[] = []
  const n = Math.min(v.length, MAX_NODES)
  for (let i = 0; i < n; i += 1) {
    const item = cloneValue(v[i], [...path, i], st)
    out.push(item === undefined ? null : item)
    if (st.nodes > MAX_NODES) break
  }
  return out
}

function cloneRecord(v: object, path: SpecPath, st: CloneState): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(v)) {
    if (UNSAFE_KEYS.includes(key)) {
      report(st, [...path, key], 'unsafe-key')
      continue
    }
    const item = cloneValue((v as Record<string, unknown>)[key], [...path, key], st)
    if (item !== undefined) out[key] = item
    if (st.nodes > MAX_NODES) break
  }
  return out
}

/** A plain, non-array object (after safeClone every object is one). */
export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}
