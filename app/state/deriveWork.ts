/**
 * The derive step as the store runs it, on either side of the worker boundary. `deriveFull` is the
 * whole engine pass (rules included) and is exactly what the worker runs; `deriveQuick` reads the
 * text, lifts and normalizes it without running the rules, so the form can follow the text at once
 * while the findings are computed off the main thread. Pure: no store, no DOM.
 */
import { deriveDocument } from '../../src/derive'
import type { Derived, LocatedFinding } from '../../src/derive/types'
import type { MilvusResource } from '../../src/model/types'

export interface DeriveRequest {
  /** The store's text version; a result is applied only while it is still the current one. */
  readonly version: number
  readonly source: string
  readonly baseline: MilvusResource | null
}

export interface DeriveResult {
  readonly version: number
  readonly derived: Derived
  /** The findings of the same text without the baseline (the same list when there is none). */
  readonly withoutBaseline: readonly LocatedFinding[]
}

/** Parse, lift, normalize, run every rule and place every finding (the worker's whole job). */
export function deriveFull(request: DeriveRequest): DeriveResult {
  const derived = deriveDocument(
    request.source,
    request.baseline ? { baseline: request.baseline } : {},
  )
  const withoutBaseline = request.baseline
    ? deriveDocument(request.source).findings
    : derived.findings
  return { version: request.version, derived, withoutBaseline }
}

const NO_RULES = [] as const

/** The documents, the edited resource and the YAML problems of `source`, without running the rules. */
export function deriveQuick(source: string): Derived {
  return deriveDocument(source, { rules: NO_RULES })
}
