/**
 * From a text to the document part of the state: `derived`, the last good resource, and which text
 * version the findings belong to. Uses the current deriver: none at first (every answer comes
 * later), then the worker that app/main.tsx starts after the first paint, or the main-thread
 * deriver (tests install it in their set-up; the app falls back to it when no worker starts).
 * When the deriver answers later, the form still follows the new text at once (a rules-free read
 * of it) and the previous findings stay until the answer for this version.
 * This module must not import the rules: it is part of the first load.
 */
import type { Derived } from '../../src/derive/types'
import type { MilvusResource } from '../../src/model/types'
import { blankSource } from './blankSource'
import { deriveQuick } from './deriveQuick'
import type { DeriveFindings, DeriveResult } from './deriveWork'
import { shareUnchanged } from './shareUnchanged'
import { laterDeriver, type Deriver } from './workerDeriver'
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

let deriver: Deriver = laterDeriver

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

/**
 * `derived` with its resource sharing every unchanged part with the one on screen, so that
 * selectors of unchanged parts keep returning the same objects.
 */
function sharedWith(derived: Derived, previous: DocumentState | null): Derived {
  const before = previous?.derived.resource
  if (!derived.resource || !before) return derived
  const resource = shareUnchanged(before, derived.resource)
  if (resource === derived.resource) return derived
  return {
    ...derived,
    resource,
    documents: derived.documents.map((d, i) =>
      i === derived.milvusIndex && d.resource ? { ...d, resource } : d,
    ),
  }
}

/** The state a deriver's result gives; unchanged parts of the shown resource keep their objects. */
export function resultState(
  result: DeriveResult,
  previous: DocumentState | null,
): Pick<
  DocumentState,
  'derived' | 'findingsVersion' | 'findingsWithoutBaseline' | 'lastValidResource'
> {
  const derived = sharedWith(result.derived, previous)
  return {
    derived,
    findingsVersion: result.version,
    findingsWithoutBaseline: result.withoutBaseline,
    lastValidResource: lastValid(derived, previous),
  }
}

/**
 * The state the findings of the current text give (`previous.derived` is the rules-free read of the
 * same text version): the rules' findings put on its documents.
 */
export function findingsState(
  result: DeriveFindings,
  previous: DocumentState,
): Pick<DocumentState, 'derived' | 'findingsVersion' | 'findingsWithoutBaseline'> {
  const { derived } = previous
  return {
    derived: {
      ...derived,
      documents: derived.documents.map((d, i) => {
        const findings = result.documentFindings[i]
        return findings ? { ...d, findings } : d
      }),
      findings: result.findings,
    },
    findingsVersion: result.version,
    findingsWithoutBaseline: result.withoutBaseline,
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
  const quick = sharedWith(deriveQuick(source), previous)
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
