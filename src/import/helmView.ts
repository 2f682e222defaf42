/**
 * A values file read the way the chart reads it: the user's value where one is set, else the
 * chart's default (Helm merges values over the chart's values.yaml; a null removes a default). Pure.
 */
import type { LocalizedText } from '../model'
import type { ChartProfile } from './helmProfile'
import type { ImportNote, ImportNoteKind } from './types'

export type Rec = Record<string, unknown>
export const isRec = (v: unknown): v is Rec =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

export interface HelmView {
  readonly values: Rec
  readonly profile: ChartProfile
  /** Notes collected while mapping, in order. */
  readonly notes: ImportNote[]
}

/** The user's own value at a path (undefined when the file does not set it). */
export function own(view: HelmView, path: readonly string[]): unknown {
  let v: unknown = view.values
  for (const key of path) {
    if (!isRec(v) || !Object.hasOwn(v, key)) return undefined
    v = v[key]
  }
  return v
}

/** What the chart renders at a path: the user's value, else the chart default. */
export function read(view: HelmView, path: readonly string[]): unknown {
  const mine = own(view, path)
  if (mine === null) return undefined // Helm: a null value deletes the chart default
  return mine !== undefined ? mine : view.profile.defaultAt(path.join('.'))
}

export function enabled(view: HelmView, block: string): boolean {
  return read(view, [block, 'enabled']) === true
}

/** A non-empty string value, or undefined. */
export function text(view: HelmView, path: readonly string[]): string | undefined {
  const v = read(view, path)
  if (typeof v === 'number') return String(v)
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined
}

export function note(
  view: HelmView,
  kind: ImportNoteKind,
  path: string,
  message: LocalizedText,
): void {
  view.notes.push({ kind, path, message })
}

export { t } from '../model'
