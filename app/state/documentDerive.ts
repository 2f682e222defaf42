/**
 * From a text to the document part of the state: `derived`, the last good resource, and which text
 * version the findings belong to. Uses the current deriver (main thread by default; app/main.tsx
 * installs the worker). When the deriver answers later, the form still follows the new text at
 * once (a rules-free read of it) and the previous findings stay until the answer for this version.
 */
import type { MilvusResource } from '../../src/model/types'
import { blankSource } from './blankSource'
import { mainThreadDeriver, type Deriver } from './deriver'
import { deriveQuick, type DeriveResult } from './deriveWork'
import type { Baseline, DocumentSlice } from './types'

export type DocumentState = Pick<
  DocumentSlice,
  | 'source'
  | 'version'
  | 'derived'
  | 'findingsVersion'
  | 'findingsWithoutBaseline'
  | 'lastValidResource'
>

let deriver: Deriver = mainThreadDeriver

/** Installs who computes findings (the worker deriver, or a test's fake); returns the previous one. */
export function setDeriver(next: Deriver): Deriver {
  const previous = deriver
  deriver = next
  return previous
}

let blankResource: MilvusResource | undefined

function lastValid(
  derived: DocumentState['derived'],
  previous: DocumentState | null,
): MilvusResource {
  const resource = (derived.ok ? derived.resource : undefined) ?? previous?.lastValidResource
  if (resource) return resource
  blankResource ??= deriveQuick(blankSource()).resource
  if (!blankResource) throw new Error('The blank preset does not derive to a resource.')
  return blankResource
}

/** The state a deriver's result gives; keeps the shown resource object when the text is the same. */
export function resultState(
  result: DeriveResult,
  previous: DocumentState | null,
): Pick<
  DocumentState,
  'derived' | 'findingsVersion' | 'findingsWithoutBaseline' | 'lastValidResource'
> {
  const kept =
    previous?.derived.source === result.derived.source ? previous.derived.resource : undefined
  const derived =
    kept && result.derived.resource ? { ...result.derived, resource: kept } : result.derived
  return {
    derived,
    findingsVersion: result.version,
    findingsWithoutBaseline: result.withoutBaseline,
    lastValidResource: lastValid(derived, previous),
  }
}

/** The state for `source` as text version `version`. */
export function documentStateFor(
  source: string,
  version: number,
  baseline: Baseline | null,
  previous: DocumentState | null,
): DocumentState {
  const result = deriver.derive({ version, source, baseline: baseline?.resource ?? null })
  if (result) return { source, version, ...resultState(result, previous) }
  const quick = deriveQuick(source)
  const derived = previous ? { ...quick, findings: previous.derived.findings } : quick
  return {
    source,
    version,
    derived,
    findingsVersion: previous?.findingsVersion ?? 0,
    findingsWithoutBaseline: previous?.findingsWithoutBaseline ?? quick.findings,
    lastValidResource: lastValid(derived, previous),
  }
}

/** The resource a pasted text describes (no rules run), or undefined when it has none. */
export function quickResource(text: string): MilvusResource | undefined {
  const derived = deriveQuick(text)
  return derived.ok ? derived.resource : undefined
}
