/**
 * Walks a document as written (ctx.raw) alongside the model's field catalogue, so schema rules
 * see every key and value with what the catalogue says about it. Pure and read-only.
 */
import {
  childKeys,
  liftToV1beta1,
  lookupField,
  type FieldInfo,
  type SpecPath,
  isRecord,
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

/** Calls `visit` for every known container's children, depth first, document order. */
export function walkSchema(raw: unknown, visit: (v: SchemaVisit) => void): void {
  walkNode(raw, [], visit, 0)
}

function walkNode(
  node: unknown,
  path: SpecPath,
  visit: (v: SchemaVisit) => void,
  depth: number,
): void {
  if (depth > MAX_DEPTH) return
  if (Array.isArray(node)) {
    node.forEach((item: unknown, i) => {
      const here = [...path, i]
      const info = lookupField(here)
      visit({ path: here, key: i, value: item, info, allowed: undefined, parent: undefined })
      if (info) walkNode(item, here, visit, depth + 1)
    })
    return
  }
  if (!isRecord(node)) return
  const allowed = childKeys(path)
  for (const [key, value] of Object.entries(node)) {
    const here = [...path, key]
    const info = lookupField(here)
    visit({ path: here, key, value, info, allowed, parent: node })
    if (info) walkNode(value, here, visit, depth + 1)
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
