/**
 * Where a pasted fragment (a mapping with no apiVersion/kind) belongs in a Milvus resource: the
 * paths of the field catalogue whose keys include every key of the fragment. Pure; reads only the
 * catalogue.
 */
import { childKeys, knownChildKeys } from './lookup'
import type { SpecPath } from './types'

export interface Placement {
  /** Where the fragment's top-level keys go ([] for a resource without apiVersion/kind). */
  readonly at: SpecPath
  /** Other paths the keys also fit, least likely last. */
  readonly alternatives: readonly SpecPath[]
}

const TOP_KEYS = ['metadata', 'spec', 'status']
const MAX_DEPTH = 5

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

/** Keys the catalogue knows below `path` (spec.config is free-form with known sections). */
function keysAt(path: SpecPath): readonly string[] {
  const keys = childKeys(path)
  return Array.isArray(keys) ? keys : knownChildKeys(path)
}

/** Every catalogue object path below spec, breadth first. */
function candidatePaths(): SpecPath[] {
  const out: SpecPath[] = []
  const queue: SpecPath[] = [['spec']]
  while (queue.length > 0) {
    const path = queue.shift() as SpecPath
    const keys = keysAt(path)
    if (keys.length === 0) continue
    out.push(path)
    if (path.length < MAX_DEPTH) for (const k of keys) queue.push([...path, k])
  }
  return out
}

let cached: SpecPath[] | undefined

/** Known keys and all keys met walking the fragment from `path` (free-form subtrees count once). */
function fit(
  value: Record<string, unknown>,
  path: SpecPath,
  depth = 0,
): { known: number; total: number } {
  const keys = keysAt(path)
  let known = 0
  let total = 0
  for (const [k, v] of Object.entries(value)) {
    total++
    if (!keys.includes(k)) continue
    known++
    if (isRecord(v) && depth < MAX_DEPTH) {
      const below = fit(v, [...path, k], depth + 1)
      known += below.known
      total += below.total
    }
  }
  return { known, total }
}

/**
 * The placement of a fragment, or undefined when its keys are not part of a Milvus resource (or
 * most of what lies below them is unknown: then it is something else, e.g. Helm values).
 */
export function placeFragment(value: unknown): Placement | undefined {
  if (!isRecord(value)) return undefined
  const keys = Object.keys(value)
  if (keys.length === 0) return undefined
  if (keys.every((k) => TOP_KEYS.includes(k)) && keys.some((k) => k === 'spec' || k === 'metadata'))
    return { at: [], alternatives: [] }
  cached ??= candidatePaths()
  const scored = cached
    .filter((p) => keys.every((k) => keysAt(p).includes(k)))
    .map((p) => ({ p, ...fit(value, p) }))
    .filter((s) => s.known * 2 >= s.total)
    .sort((a, b) => b.known - a.known || b.p.length - a.p.length)
  const best = scored[0]
  return best ? { at: best.p, alternatives: scored.slice(1).map((s) => s.p) } : undefined
}
