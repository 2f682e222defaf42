/**
 * The derive step as the store runs it, on either side of the worker boundary. `deriveFull` is the
 * whole engine pass (rules included) and is exactly what the worker runs; `deriveQuick`
 * (`deriveQuick.ts`) reads the text, lifts and normalizes it without running the rules, so the
 * form can follow the text at once while the findings are computed off the main thread.
 * Pure: no store, no DOM. Importing this module loads every rule.
 */
import { deriveDocument } from '../../src/derive'
import type { Derived, LocatedFinding } from '../../src/derive/types'
import type { MilvusResource } from '../../src/model/types'

export { deriveQuick } from './deriveQuick'

export interface DeriveRequest {
  /** The store's text version; a result is applied only while it is still the current one. */
  readonly version: number
  readonly source: string
  readonly baseline: MilvusResource | null
  /** Answer with the findings only (`DeriveFindings`): the asker already read the text itself. */
  readonly lean?: boolean
}

/**
 * A text version sent as a change of the one before: replace `[start, end)` of the text of version
 * `base` with `text`. The worker keeps the last text it derived; if it is not version `base`, it
 * answers `DeriveResend` and the asker sends the whole text.
 */
export interface DeriveEditRequest {
  readonly version: number
  readonly base: number
  readonly start: number
  readonly end: number
  readonly text: string
  readonly baseline: MilvusResource | null
  readonly lean?: boolean
}

export type DeriveMessage = DeriveRequest | DeriveEditRequest

export interface DeriveResult {
  readonly version: number
  readonly derived: Derived
  /** The findings of the same text without the baseline (the same list when there is none). */
  readonly withoutBaseline: readonly LocatedFinding[]
}

/**
 * What the rules add to a text version the asker has already read without them: every finding,
 * each document's findings (by document index), and the findings without the baseline. The
 * documents and the resource do not cross the worker boundary again.
 */
export interface DeriveFindings {
  readonly version: number
  readonly findings: readonly LocatedFinding[]
  readonly documentFindings: readonly (readonly LocatedFinding[])[]
  readonly withoutBaseline: readonly LocatedFinding[]
}

/** The worker does not hold the text an edit request was made against: send the whole text. */
export interface DeriveResend {
  readonly version: number
  readonly resend: true
}

export type DeriveReply = DeriveResult | DeriveFindings | DeriveResend

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

/** A full result reduced to what the rules add (see `DeriveFindings`). */
export function findingsOnly(result: DeriveResult): DeriveFindings {
  return {
    version: result.version,
    findings: result.derived.findings,
    documentFindings: result.derived.documents.map((d) => d.findings),
    withoutBaseline: result.withoutBaseline,
  }
}
