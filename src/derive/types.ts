/**
 * What the studio and the CLI know about one text: every document, the Milvus one lifted and
 * checked, and each finding placed on a line. CONTRACT FILE.
 */
import type { Placement } from '../model/fragmentPlacement'
import type { LocalizedText, MilvusResource } from '../model/types'
import type { Finding, Rule } from '../rules/types'
import type { Range } from '../yaml/types'
import type { DocumentCache } from './documentCache'

export interface LocatedFinding extends Finding {
  /** Where to underline (the value, or the nearest existing key for an absent field). */
  readonly range?: Range
}

export interface DerivedDocument {
  readonly index: number
  readonly apiVersion: string
  readonly kind: string
  readonly name: string
  /** Milvus (v1beta1 or v1alpha1) or MilvusCluster. */
  readonly isMilvus: boolean
  /** Set for Milvus documents that parsed: the lifted, normalized v1beta1 resource. */
  readonly resource?: MilvusResource
  /** Set when the document was written as v1alpha1 Milvus or MilvusCluster. */
  readonly liftedFrom?: string
  /** What the lift changed, for a banner (rules report the problems). */
  readonly liftNotes?: readonly LocalizedText[]
  readonly findings: readonly LocatedFinding[]
  /** Set for a fragment (no apiVersion/kind) linted as part of a Milvus resource: where it was placed. */
  readonly fragment?: Placement
  /** True when the document has YAML syntax errors (findings with rule 'yaml-syntax'). */
  readonly hasSyntaxErrors: boolean
}

export interface Derived {
  readonly source: string
  readonly documents: readonly DerivedDocument[]
  /** Index of the document the studio edits (the first Milvus one), or -1. */
  readonly milvusIndex: number
  /** The edited resource, when it parsed. */
  readonly resource?: MilvusResource
  /** Findings of the edited document plus stream-level errors, sorted by severity then line. */
  readonly findings: readonly LocatedFinding[]
  /** False when the text (or the edited document) does not parse: keep the last good form. */
  readonly ok: boolean
}

export interface DeriveOptions {
  readonly baseline?: MilvusResource
  /** The rules to run (default ALL_RULES); tests pass a small list. */
  readonly rules?: readonly Rule[]
  /** Per-document memo (default: the shared one in documentCache.ts). */
  readonly cache?: DocumentCache
}
