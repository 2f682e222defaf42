/**
 * The rule contract: findings, fixes and the rule object. Pure types; see defineRule.ts.
 * CONTRACT FILE: the app, the CLI and the exporters read these shapes.
 */
import type { LocalizedText, MilvusResource, Patch, SpecPath } from '../model/types'

export type { Patch }

export const SEVERITIES = ['error', 'warning', 'info'] as const
/** error: rejected, fails to start, runs wrong or loses data. warning: accepted but ignored,
 * overwritten or risky. info: advice. */
export type Severity = (typeof SEVERITIES)[number]

export interface Fix {
  /** Button text, e.g. "Switch to Pulsar". */
  readonly title: LocalizedText
  readonly patches: readonly Patch[]
}

export interface Finding {
  readonly rule: string
  readonly severity: Severity
  /** Where the problem is, rooted at the document. */
  readonly path: SpecPath
  /** One sentence: what is wrong and what to change. */
  readonly message: LocalizedText
  /** Longer explanation (a few sentences). */
  readonly explanation: LocalizedText
  /** Where the fact comes from: operator file, Milvus version, docs page. */
  readonly source: string
  readonly fix?: Fix
}

/** What a rule sees. Rules read the model only (no YAML, no store, no other rule). */
export interface RuleContext {
  readonly resource: MilvusResource
  /** apiVersion/kind as written, before any v1alpha1 lift. */
  readonly original: { readonly apiVersion: string; readonly kind: string }
  /** The document as parsed, before normalize() coerced anything (schema rules walk this). */
  readonly raw: unknown
  /** What is running, when the user marked a baseline (change-safety rules). */
  readonly baseline?: MilvusResource
  /**
   * The other objects of the same YAML stream as parsed (List items one by one), for rules that
   * check what the resource refers to (Secrets, ConfigMaps). Absent when the resource stands alone.
   */
  readonly stream?: readonly unknown[]
  /** Set when the document was a fragment placed at this path; the rest of `resource` is made up. */
  readonly fragmentAt?: SpecPath
  /**
   * Work several rules share on this context (a walk of `spec.config`, of chart values, of the
   * document against the schema), kept here on first use by `lib/shared.ts`. Without it each rule
   * computes its own copy: the same answers, only slower.
   */
  readonly shared?: SharedWork
  /**
   * Set when `raw` and everything in it never change (the derive step's parsed values): a rule may
   * then keep what it reported on a subtree by the subtree's object (`lib/shared.ts`
   * `reportPerSubtree`), since after an edit elsewhere the parser hands an untouched subtree back
   * as the same object.
   */
  readonly settled?: boolean
}

/** A context's shared work, keyed by the function that computes it. Created once per context. */
export type SharedWork = Map<unknown, unknown>

export interface ReportOptions {
  readonly fix?: Fix
  /** Override the rule's default severity for this finding. */
  readonly severity?: Severity
  /** Override the rule's default explanation for this finding. */
  readonly explanation?: LocalizedText
}

export type Report = (path: SpecPath, message: LocalizedText, options?: ReportOptions) => void

export interface Rule {
  readonly id: string
  readonly severity: Severity
  readonly title: LocalizedText
  /** Default explanation shown under every finding of this rule. */
  readonly explanation: LocalizedText
  readonly source: string
  /**
   * True when the rule reasons about the resource as a whole (its name, apiVersion, fields
   * outside any one subtree): it stays quiet on a fragment, where the rest is made up.
   */
  readonly needsWholeResource?: boolean
  check(ctx: RuleContext, report: Report): void
}
