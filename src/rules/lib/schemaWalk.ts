/**
 * Walks a document as written (ctx.raw) alongside the model's field catalogue, so schema rules
 * see every key and value with what the catalogue says about it. Pure and read-only.
 */
import {
  childKeysOf,
  fieldInfoOf,
  isRecord,
  liftToV1beta1,
  resolveChild,
  ROOT_FIELD,
  type FieldInfo,
  type ResolvedField,
  type SpecPath,
} from '../../model'
import { sharedPerContext } from './shared'

export interface SchemaVisit {
  /** Path of the value (rooted at the document). */
  readonly path: SpecPath
  readonly key: string | number
  readonly value: unknown
  /** The catalogue entry, undefined for unknown keys and free-form content. */
  readonly info: FieldInfo | undefined
  /** Keys the parent may hold: a list for pruned objects, 'free-form', or undefined (unknown). */
  readonly allowed: readonly string[] | 'free-form' | undefined
  /** The parent object (for sibling checks), or undefined inside a list. */
  readonly parent: Record<string, unknown> | undefined
}

const MAX_DEPTH = 40

/**
 * Calls `visit` for every key and list item the catalogue knows, and for every key of an object
 * whose keys it lists (known or not), depth first, in document order. What it leaves out carries
 * nothing to check: content of free-form areas (spec.config, inCluster.values) and of opaque
 * Kubernetes objects that the catalogue does not document. Each key's definition is one step from
 * its parent's, not a walk from the top.
 */
export function walkSchema(raw: unknown, visit: (v: SchemaVisit) => void): void {
  walkNode(raw, [], ROOT_FIELD, visit, 0)
}

function walkNode(
  node: unknown,
  path: SpecPath,
  at: ResolvedField,
  visit: (v: SchemaVisit) => void,
  depth: number,
): void {
  if (depth > MAX_DEPTH) return
  if (Array.isArray(node)) {
    node.forEach((item: unknown, i) => {
      const below = resolveChild(at, i)
      const info = fieldInfoOf(below)
      if (!info) return
      const here = [...path, i]
      visit({ path: here, key: i, value: item, info, allowed: undefined, parent: undefined })
      walkNode(item, here, below, visit, depth + 1)
    })
    return
  }
  if (!isRecord(node)) return
  const allowed = childKeysOf(at)
  const listed = Array.isArray(allowed)
  // A free-form area that documents no keys (a chart's values): nothing below it to visit.
  if (!listed && at.def?.kind === 'free-form' && !at.def.fields) return
  for (const [key, value] of Object.entries(node)) {
    const below = resolveChild(at, key)
    const info = fieldInfoOf(below)
    if (!info && !listed) continue
    const here = [...path, key]
    visit({ path: here, key, value, info, allowed, parent: node })
    if (info) walkNode(value, here, below, visit, depth + 1)
  }
}

/**
 * The document as written, in v1beta1 shape, lifted once per context. The derive step may pass the
 * raw parse (before the v1alpha1 lift); lifting is idempotent, so schema rules always see v1beta1
 * paths, which the derive step maps back to the text through the lift.
 */
export const liftedRaw = sharedPerContext((ctx): unknown => liftToV1beta1(ctx.raw).value)

/** Every visit of `walkSchema` over the lifted document, once per context for the schema rules. */
export const schemaVisits = sharedPerContext((ctx): readonly SchemaVisit[] => {
  const visits: SchemaVisit[] = []
  walkSchema(liftedRaw(ctx), (v) => visits.push(v))
  return visits
})
