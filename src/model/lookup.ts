/**
 * Questions answered from the field catalogue: what is the field at this path, and which keys may
 * an object at this path hold. Paths are document-rooted SpecPaths; list indices and map keys
 * (labels, resource names) resolve to their item definition.
 */
import type { FieldDef, FieldKind, VersionRange } from './catalogue/dsl'
import { MILVUS_RESOURCE } from './catalogue/resource'
import type { LocalizedText, SpecPath } from './types'

export interface FieldInfo {
  /** Catalogue path: dots, `[]` for list items, `*` for map keys (`metadata.labels.*`). */
  path: string
  kind: FieldKind
  enum?: readonly string[]
  default?: unknown
  description: LocalizedText
  since?: VersionRange
  until?: { milvus?: string }
  min?: number
  max?: number
  /** null is allowed (the CRD marks it nullable). */
  nullable?: boolean
  /** The field sits inside a preserve-unknown area (spec.config, inCluster.values, ...). */
  inFreeForm?: boolean
  /** Keys a list item or object must have (CRD `required`). */
  required?: readonly string[]
}

/** Where a path stands in the catalogue: its definition (undefined once the path leaves it). */
export interface ResolvedField {
  readonly def: FieldDef | undefined
  /** Catalogue path up to where the path left the catalogue. */
  readonly path: string
  /** A free-form area lies on the way (its documented keys keep their definitions). */
  readonly inFreeForm: boolean
}

const isIndex = (seg: string | number): boolean => typeof seg === 'number' || /^\d+$/.test(seg)

function step(def: FieldDef, seg: string | number): { def: FieldDef | undefined; suffix: string } {
  switch (def.kind) {
    case 'object':
      return {
        def:
          typeof seg === 'string' && Object.hasOwn(def.fields, seg) ? def.fields[seg] : undefined,
        suffix: `.${seg}`,
      }
    case 'free-form':
      return {
        def:
          typeof seg === 'string' && def.fields && Object.hasOwn(def.fields, seg)
            ? def.fields[seg]
            : undefined,
        suffix: `.${seg}`,
      }
    case 'array':
      return { def: isIndex(seg) ? def.items : undefined, suffix: '[]' }
    case 'map':
      return { def: typeof seg === 'string' ? def.values : undefined, suffix: '.*' }
    default:
      return { def: undefined, suffix: `.${seg}` }
  }
}

/** The resolution of the document root. */
export const ROOT_FIELD: ResolvedField = { def: MILVUS_RESOURCE, path: '', inFreeForm: false }

/**
 * The resolution of `parent`'s path plus `seg`, in one step: what `resolveField` gives for the
 * longer path. Walkers step from a parent instead of resolving every key from the top.
 */
export function resolveChild(parent: ResolvedField, seg: string | number): ResolvedField {
  const { def } = parent
  if (!def) return parent
  const next = step(def, seg)
  return {
    def: next.def,
    path: parent.path === '' ? next.suffix.replace(/^\./, '') : parent.path + next.suffix,
    inFreeForm: parent.inFreeForm || def.kind === 'free-form',
  }
}

/** Walk the catalogue along `path`; `def` is undefined when the path leaves what is known. */
export function resolveField(path: SpecPath): ResolvedField {
  let at = ROOT_FIELD
  for (const seg of path) {
    if (!at.def) break
    at = resolveChild(at, seg)
  }
  return at
}

/** What the catalogue says about a resolved field below the root (lookupField's answer). */
export function fieldInfoOf(resolved: ResolvedField): FieldInfo | undefined {
  const { def, path: text, inFreeForm } = resolved
  if (!def || resolved === ROOT_FIELD) return undefined
  const info: FieldInfo = { path: text, kind: def.kind, description: def.description }
  if (def.kind === 'string' && def.enum) info.enum = def.enum
  if (def.default !== undefined) info.default = def.default
  if (def.since) info.since = def.since
  if (def.until) info.until = def.until
  if (def.kind === 'integer' || def.kind === 'number') {
    if (def.min !== undefined) info.min = def.min
    if (def.max !== undefined) info.max = def.max
  }
  if (def.nullable) info.nullable = true
  if (inFreeForm) info.inFreeForm = true
  if (def.kind === 'object' && def.required) info.required = def.required
  return info
}

/** Everything the catalogue says about the field at `path`, or undefined when it is unknown. */
export function lookupField(path: SpecPath): FieldInfo | undefined {
  return path.length === 0 ? undefined : fieldInfoOf(resolveField(path))
}

/** childKeys for a resolved field (see below). */
export function childKeysOf(resolved: ResolvedField): readonly string[] | 'free-form' | undefined {
  const { def, inFreeForm } = resolved
  if (!def) return inFreeForm ? 'free-form' : undefined
  if (def.kind === 'free-form' || def.kind === 'map') return 'free-form'
  if (def.kind === 'object') return def.opaque ? undefined : Object.keys(def.fields)
  return undefined
}

/**
 * The keys an object at `path` may hold: a list for pruned objects, 'free-form' inside
 * preserve-unknown areas and for maps (any key is fine), undefined when the studio does not know
 * (opaque Kubernetes objects, scalars, lists, unknown paths).
 */
export function childKeys(path: SpecPath): readonly string[] | 'free-form' | undefined {
  return childKeysOf(resolveField(path))
}

/** Keys the catalogue documents at `path`, free-form areas included (for completion and help). */
export function knownChildKeys(path: SpecPath): readonly string[] {
  const { def } = resolveField(path)
  if (def?.kind === 'object' || def?.kind === 'free-form') return Object.keys(def.fields ?? {})
  return []
}

/** Every catalogue entry with its catalogue path, depth first (for tests and documentation). */
export function listFields(): { path: string; def: FieldDef }[] {
  const out: { path: string; def: FieldDef }[] = []
  const visit = (def: FieldDef, path: string): void => {
    if (path !== '') out.push({ path, def })
    if (def.kind === 'object' || def.kind === 'free-form') {
      for (const [k, child] of Object.entries(def.fields ?? {}))
        visit(child, path === '' ? k : `${path}.${k}`)
    } else if (def.kind === 'array') visit(def.items, `${path}[]`)
    else if (def.kind === 'map') visit(def.values, `${path}.*`)
  }
  visit(MILVUS_RESOURCE, '')
  return out
}
