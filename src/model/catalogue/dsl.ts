/**
 * A tiny declarative schema language for the field catalogue. One definition gives the field
 * kinds, enums, operator defaults, bilingual one-line descriptions, version requirements, bounds
 * and free-form areas; lookup, the JSON Schema and a type-level check are all derived from it.
 * Pure data and pure functions; nothing here reads a resource.
 */
import type { LocalizedText } from '../types'

export const FIELD_KINDS = [
  'string',
  'integer',
  'number',
  'boolean',
  'object',
  'array',
  'map',
  'free-form',
  'quantity',
] as const
export type FieldKind = (typeof FIELD_KINDS)[number]

export interface VersionRange {
  /** Minimum Milvus version (inclusive), e.g. '2.6.0'. */
  milvus?: string
  /** Minimum operator version (inclusive), e.g. '1.3.8'. */
  operator?: string
}

interface BaseDef {
  readonly description: LocalizedText
  /** The operator's (or Milvus's) default, shown as a placeholder; absent when there is none. */
  readonly default?: unknown
  readonly since?: VersionRange
  /** First Milvus version that no longer has the field (exclusive upper bound). */
  readonly until?: { milvus?: string }
  /** The CRD accepts null here (the operator reads null as absent). */
  readonly nullable?: boolean
  /** normalize() keeps an explicit null and the typed model allows it; elsewhere null means absent and is dropped. */
  readonly keepNull?: boolean
}

export interface StringDef<E extends readonly string[] = readonly string[]> extends BaseDef {
  readonly kind: 'string'
  readonly enum?: E
}
export interface NumberDef extends BaseDef {
  readonly kind: 'integer' | 'number'
  readonly min?: number
  readonly max?: number
}
export interface BooleanDef extends BaseDef {
  readonly kind: 'boolean'
}
/** A Kubernetes quantity (`10Gi`, `500m`, `2`): an int-or-string in the CRD. */
export interface QuantityDef extends BaseDef {
  readonly kind: 'quantity'
}
/**
 * A pruned object. `opaque` objects are Kubernetes types the studio does not model field by
 * field (affinity, ingress...): the CRD still prunes them, but their children are not listed.
 */
export interface ObjectDef<F extends Fields = Fields> extends BaseDef {
  readonly kind: 'object'
  readonly fields: F
  readonly opaque?: boolean
  readonly required?: readonly string[]
}
export interface ArrayDef<I extends FieldDef = FieldDef> extends BaseDef {
  readonly kind: 'array'
  readonly items: I
}
export interface MapDef<V extends FieldDef = FieldDef> extends BaseDef {
  readonly kind: 'map'
  readonly values: V
}
/** Unknown keys are kept (x-kubernetes-preserve-unknown-fields); `fields` lists keys we know. */
export interface FreeFormDef<F extends Fields = Fields> extends BaseDef {
  readonly kind: 'free-form'
  readonly fields?: F
}

export type FieldDef =
  StringDef | NumberDef | BooleanDef | QuantityDef | ObjectDef | ArrayDef | MapDef | FreeFormDef
export type Fields = { readonly [key: string]: FieldDef }

type Opts = Omit<BaseDef, 'description'>
type NumOpts = Opts & { min?: number; max?: number }

/** Bilingual one-line description. */
export function t(en: string, ko: string): LocalizedText {
  return { en, ko }
}

export function str<const O extends Opts = Opts>(
  description: LocalizedText,
  opts?: O,
): StringDef<readonly string[]> & O {
  return { kind: 'string', description, ...opts } as StringDef<readonly string[]> & O
}
export function enm<const E extends readonly string[]>(
  values: E,
  description: LocalizedText,
  opts: Opts = {},
): StringDef<E> {
  return { kind: 'string', enum: values, description, ...opts }
}
export function int(description: LocalizedText, opts: NumOpts = {}): NumberDef {
  return { kind: 'integer', description, ...opts }
}
export function num(description: LocalizedText, opts: NumOpts = {}): NumberDef {
  return { kind: 'number', description, ...opts }
}
export function bool<const O extends Opts = Opts>(
  description: LocalizedText,
  opts?: O,
): BooleanDef & O {
  return { kind: 'boolean', description, ...opts } as BooleanDef & O
}
export function qty(description: LocalizedText, opts: Opts = {}): QuantityDef {
  return { kind: 'quantity', description, ...opts }
}
export function obj<const F extends Fields>(
  fields: F,
  description: LocalizedText,
  opts: Opts & { required?: readonly string[] } = {},
): ObjectDef<F> {
  return { kind: 'object', fields, description, ...opts }
}
/** A Kubernetes object type that is pruned but not modelled field by field. */
export function opaque(
  description: LocalizedText,
  opts: Opts = {},
): ObjectDef<Record<never, FieldDef>> {
  return { kind: 'object', fields: {}, opaque: true, description, ...opts }
}
export function arr<const I extends FieldDef>(
  items: I,
  description: LocalizedText,
  opts: Opts = {},
): ArrayDef<I> {
  return { kind: 'array', items, description, ...opts }
}
export function map<const V extends FieldDef>(
  values: V,
  description: LocalizedText,
  opts: Opts = {},
): MapDef<V> {
  return { kind: 'map', values, description, ...opts }
}
export function free<const F extends Fields = Record<never, FieldDef>, const O extends Opts = Opts>(
  description: LocalizedText,
  fields?: F,
  opts?: O,
): FreeFormDef<F> & O {
  const def: FreeFormDef<F> = fields
    ? { kind: 'free-form', fields, description }
    : { kind: 'free-form', description }
  return { ...def, ...opts } as FreeFormDef<F> & O
}

/** A map of strings (labels, annotations, node selectors). */
export function stringMap(description: LocalizedText): MapDef<StringDef> {
  return map(str(t('A value.', '값입니다.')), description)
}

type Nullable<D, T> = D extends { readonly keepNull: true } ? T | null : T

/** The TypeScript type a definition describes (optional keys, as an absent key means "default"). */
export type Infer<D> = Nullable<D, InferBase<D>>
type InferBase<D> =
  D extends StringDef<infer E>
    ? string extends E[number]
      ? string
      : E[number]
    : D extends NumberDef
      ? number
      : D extends BooleanDef
        ? boolean
        : D extends QuantityDef
          ? string | number
          : D extends ObjectDef<infer F>
            ? D extends { readonly opaque: true }
              ? Record<string, unknown>
              : InferFields<F>
            : D extends ArrayDef<infer I>
              ? Infer<I>[]
              : D extends MapDef<infer V>
                ? Record<string, Infer<V>>
                : D extends FreeFormDef
                  ? Record<string, unknown>
                  : never
type InferFields<F extends Fields> = { -readonly [K in keyof F]?: Infer<F[K]> }
