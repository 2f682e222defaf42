/**
 * JSON Schema (draft-07) for the YAML editor (monaco-yaml), generated from the field catalogue.
 * Pruned objects get `additionalProperties: false`; preserve-unknown areas and opaque Kubernetes
 * objects stay open. The schema applies only to documents that say `apiVersion: milvus.io/v1beta1`
 * and `kind: Milvus` (if/then), so other documents in a multi-document file are not flagged.
 */
import type { FieldDef } from './catalogue/dsl'
import { MILVUS_RESOURCE } from './catalogue/resource'

export type JsonSchema = { [key: string]: unknown }
type Lang = 'en' | 'ko'

const QUANTITY_PATTERN =
  '^[+-]?(\\d+(\\.\\d*)?|\\.\\d+)(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E|[eE][+-]?\\d+)?$'

function withNull(type: string, nullable: boolean | undefined): string | string[] {
  return nullable ? [type, 'null'] : type
}

function versionNote(def: FieldDef, lang: Lang): string {
  const parts: string[] = []
  if (def.since?.milvus)
    parts.push(lang === 'en' ? `Milvus ${def.since.milvus}+` : `Milvus ${def.since.milvus} 이상`)
  if (def.until?.milvus)
    parts.push(
      lang === 'en' ? `not in Milvus ${def.until.milvus}+` : `Milvus ${def.until.milvus}부터 없음`,
    )
  if (def.since?.operator)
    parts.push(
      lang === 'en' ? `operator ${def.since.operator}+` : `오퍼레이터 ${def.since.operator} 이상`,
    )
  return parts.length > 0 ? ` (${parts.join(', ')})` : ''
}

function describe(def: FieldDef, lang: Lang): JsonSchema {
  const text = def.description[lang] + versionNote(def, lang)
  const out: JsonSchema = { description: text, markdownDescription: text }
  if (def.default !== undefined) out.default = def.default
  return out
}

interface Ctx {
  lang: Lang
  /** Shared container definitions (used more than once in the catalogue) -> definitions name. */
  shared: Map<FieldDef, string>
}

/** The schema of one catalogue entry (self-contained: shared parts are inlined). */
export function fieldSchema(def: FieldDef, lang: Lang = 'en'): JsonSchema {
  return schemaOf(def, { lang, shared: new Map() })
}

function schemaOf(def: FieldDef, ctx: Ctx, inline = false): JsonSchema {
  const ref = ctx.shared.get(def)
  if (ref !== undefined && !inline) return { $ref: `#/definitions/${ref}` }
  const base = describe(def, ctx.lang)
  switch (def.kind) {
    case 'string':
      return {
        ...base,
        type: withNull('string', def.nullable),
        ...(def.enum ? { enum: [...def.enum] } : {}),
      }
    case 'integer':
    case 'number':
      return {
        ...base,
        type: withNull(def.kind, def.nullable),
        ...(def.min !== undefined ? { minimum: def.min } : {}),
        ...(def.max !== undefined ? { maximum: def.max } : {}),
      }
    case 'boolean':
      return { ...base, type: withNull('boolean', def.nullable) }
    case 'quantity':
      return { ...base, anyOf: [{ type: 'number' }, { type: 'string', pattern: QUANTITY_PATTERN }] }
    case 'array':
      return { ...base, type: withNull('array', def.nullable), items: schemaOf(def.items, ctx) }
    case 'map':
      return {
        ...base,
        type: withNull('object', def.nullable),
        additionalProperties: schemaOf(def.values, ctx),
      }
    case 'free-form':
      return {
        ...base,
        type: withNull('object', def.nullable),
        properties: properties(def.fields ?? {}, ctx),
        additionalProperties: true,
      }
    case 'object':
      if (def.opaque) return { ...base, type: withNull('object', def.nullable) }
      return {
        ...base,
        type: withNull('object', def.nullable),
        properties: properties(def.fields, ctx),
        additionalProperties: false,
        ...(def.required ? { required: [...def.required] } : {}),
      }
  }
}

function properties(fields: Readonly<Record<string, FieldDef>>, ctx: Ctx): JsonSchema {
  const out: JsonSchema = {}
  for (const [k, def] of Object.entries(fields)) out[k] = schemaOf(def, ctx)
  return out
}

/** Definitions the catalogue uses in more than one place (per-component fields), named after their first use. */
function findShared(root: FieldDef): Map<FieldDef, string> {
  const seen = new Map<FieldDef, { name: string; count: number }>()
  const used = new Set<string>()
  const visit = (def: FieldDef, name: string): void => {
    const entry = seen.get(def)
    if (entry) {
      entry.count += 1
      return
    }
    let unique = name
    for (let i = 2; used.has(unique); i += 1) unique = `${name}${i}`
    used.add(unique)
    seen.set(def, { name: unique, count: 1 })
    if (def.kind === 'object' || def.kind === 'free-form')
      for (const [k, c] of Object.entries(def.fields ?? {})) visit(c, k)
    else if (def.kind === 'array') visit(def.items, `${name}Item`)
    else if (def.kind === 'map') visit(def.values, `${name}Value`)
  }
  visit(root, 'milvus')
  const shared = new Map<FieldDef, string>()
  for (const [def, { name, count }] of seen) if (count > 1) shared.set(def, name)
  return shared
}

/** The editor schema for Milvus documents, with descriptions in `lang`. */
export function buildJsonSchema(lang: Lang = 'en'): JsonSchema {
  const ctx: Ctx = { lang, shared: findShared(MILVUS_RESOURCE) }
  const definitions: JsonSchema = {}
  for (const [def, name] of ctx.shared) definitions[name] = schemaOf(def, ctx, true)
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://milvus-config-studio.local/schemas/milvus-v1beta1.json',
    title: 'Milvus (milvus.io/v1beta1)',
    type: 'object',
    properties: {
      apiVersion: { type: 'string', examples: ['milvus.io/v1beta1'] },
      kind: { type: 'string', examples: ['Milvus'] },
    },
    if: {
      properties: { apiVersion: { const: 'milvus.io/v1beta1' }, kind: { const: 'Milvus' } },
      required: ['apiVersion', 'kind'],
    },
    then: schemaOf(MILVUS_RESOURCE, ctx),
    definitions,
  }
}

/** The English editor schema, built once. */
export const MILVUS_JSON_SCHEMA: JsonSchema = buildJsonSchema('en')
