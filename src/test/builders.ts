/**
 * Test builders: minimal valid resources for rule and exporter tests. Every call returns a fresh
 * object, so tests may mutate what they get.
 */
import { deriveDocument } from '../derive'
import {
  createDefaultResource,
  type MilvusResource,
  type MilvusSpec,
  type SpecPath,
} from '../model'

/** Overrides are deep-merged into the spec (plain objects merge, everything else replaces). */
export type SpecOverrides = MilvusSpec

/** A standalone Milvus (`spec.mode: standalone`) with the given spec overrides merged in. */
export function aStandalone(overrides: SpecOverrides = {}): MilvusResource {
  const r = createDefaultResource()
  r.spec = deepMerge({ mode: 'standalone' }, overrides) as MilvusSpec
  return r
}

/** A cluster Milvus (`spec.mode: cluster`) with the given spec overrides merged in. */
export function aCluster(overrides: SpecOverrides = {}): MilvusResource {
  const r = createDefaultResource()
  r.spec = deepMerge({ mode: 'cluster' }, overrides) as MilvusSpec
  return r
}

/** The resource the studio reads from YAML text (parsed, lifted and normalized). */
export function derivedResource(yaml: string): MilvusResource {
  return deriveDocument(yaml).resource as MilvusResource
}

/** A standalone Milvus on RocksMQ with persistence on and `claimSpec` as its volume claim's spec. */
export function aStandaloneRocksmqClaim(claimSpec: unknown): MilvusResource {
  return aStandalone({
    dependencies: {
      msgStreamType: 'rocksmq',
      rocksmq: {
        persistence: {
          enabled: true,
          persistentVolumeClaim: { spec: claimSpec as Record<string, unknown> },
        },
      },
    },
  })
}

/**
 * A copy of `resource` with `value` at `path` (rooted at the document, e.g.
 * ['spec', 'dependencies', 'kafka', 'brokerList']). Missing parents are created (a list when the
 * next step is a number). `undefined` deletes the key.
 */
export function withPath(resource: MilvusResource, path: SpecPath, value: unknown): MilvusResource {
  const copy = structuredClone(resource)
  if (path.length === 0) return copy
  let cur: Record<string | number, unknown> = copy
  path.slice(0, -1).forEach((seg, i) => {
    const next = cur[seg]
    if (typeof next !== 'object' || next === null)
      cur[seg] = typeof path[i + 1] === 'number' ? [] : {}
    cur = cur[seg] as Record<string | number, unknown>
  })
  const last = path[path.length - 1] as string | number
  if (value === undefined) {
    if (Array.isArray(cur) && typeof last === 'number') cur.splice(last, 1)
    else delete cur[last]
  } else cur[last] = value
  return copy
}

function deepMerge(
  base: Record<string, unknown>,
  over: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = structuredClone(base)
  for (const [k, v] of Object.entries(over)) {
    const prev = out[k]
    out[k] = isPlain(prev) && isPlain(v) ? deepMerge(prev, v) : structuredClone(v)
  }
  return out
}

function isPlain(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}
