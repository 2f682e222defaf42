/**
 * Text -> everything the studio and the CLI show: each document's kind and name, the first Milvus
 * document lifted to v1beta1, normalized and checked, and every finding placed on a line.
 * Pure: the store and the CLI call the same function.
 */
import { isRecord, liftToV1beta1, normalize, type SpecPath } from '../model'
import { ALL_RULES, runRules, type Finding, type Severity } from '../rules'
import { parseYaml } from '../yaml/parseYaml'
import type { ParsedDocument } from '../yaml/types'
import { SHARED_DOCUMENT_CACHE } from './documentCache'
import type { DeriveOptions, Derived, DerivedDocument, LocatedFinding } from './types'
import { normalizeFinding, problemFinding } from './yamlFindings'

const MILVUS_GROUP = 'milvus.io/'

function str(v: unknown): string {
  return typeof v === 'string' ? v : ''
}

/** Milvus (v1beta1, v1alpha1) or v1alpha1 MilvusCluster; a missing apiVersion counts as v1beta1. */
export function isMilvusKind(apiVersion: string, kind: string): boolean {
  if (kind === 'Milvus') return apiVersion === '' || apiVersion === `${MILVUS_GROUP}v1beta1` || apiVersion === `${MILVUS_GROUP}v1alpha1`
  return kind === 'MilvusCluster' && apiVersion === `${MILVUS_GROUP}v1alpha1`
}

/** Places a finding on the text: its path is mapped back through the lift, then looked up. */
export function locateFinding(
  finding: Finding,
  doc: ParsedDocument,
  toOriginalPath: (path: SpecPath) => SpecPath = (p) => p,
): LocatedFinding {
  const at = doc.rangeOf(toOriginalPath(finding.path))
  return at ? { ...finding, range: at.range } : finding
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 }

/** Severity first, then position in the text, then rule id. */
export function sortFindings(findings: readonly LocatedFinding[]): LocatedFinding[] {
  const offset = (f: LocatedFinding): number => f.range?.start.offset ?? -1
  return [...findings].sort((a, b) =>
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    offset(a) - offset(b) ||
    (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0))
}

function yamlFindings(doc: ParsedDocument): LocatedFinding[] {
  return [
    ...doc.errors.map((p) => problemFinding(p, 'error')),
    ...doc.warnings.map((p) => problemFinding(p, 'warning')),
  ]
}

/** Lifts, normalizes and checks one parsed Milvus document; findings are placed on its text. */
export function checkMilvusDocument(doc: ParsedDocument, apiVersion: string, kind: string, options: DeriveOptions) {
  const lifted = liftToV1beta1(doc.value)
  const { resource, issues } = normalize(lifted.value)
  const ctx = { resource, original: { apiVersion, kind }, raw: doc.value, ...(options.baseline ? { baseline: options.baseline } : {}) }
  const found = runRules(ctx, options.rules ?? ALL_RULES).map((f) => locateFinding(f, doc, lifted.toOriginalPath))
  const reported = new Set(found.map((f) => f.path.join('\u0000')))
  const normalized = issues
    .filter((i) => !reported.has(i.path.join('\u0000')))
    .map((i) => normalizeFinding(i.path, i.message, doc.rangeOf(lifted.toOriginalPath(i.path))?.range))
  return { resource, liftedFrom: lifted.liftedFrom, notes: lifted.notes, findings: [...found, ...normalized] }
}

function deriveOne(doc: ParsedDocument, text: string, options: DeriveOptions): DerivedDocument {
  const raw = doc.value
  const apiVersion = isRecord(raw) ? str(raw.apiVersion) : ''
  const kind = isRecord(raw) ? str(raw.kind) : ''
  const name = isRecord(raw) && isRecord(raw.metadata) ? str(raw.metadata.name) : ''
  const isMilvus = isMilvusKind(apiVersion, kind)
  const own = yamlFindings(doc)
  const hasSyntaxErrors = doc.errors.length > 0
  const base = { index: doc.index, apiVersion, kind, name, text, isMilvus, hasSyntaxErrors }
  if (!isMilvus || hasSyntaxErrors) return { ...base, findings: sortFindings(own) }
  const checked = checkMilvusDocument(doc, apiVersion, kind, options)
  return {
    ...base,
    resource: checked.resource,
    ...(checked.liftedFrom !== undefined ? { liftedFrom: checked.liftedFrom, liftNotes: checked.notes } : {}),
    findings: sortFindings([...own, ...checked.findings]),
  }
}

/** Parses, lifts, normalizes and checks `source`. Never throws on user input. */
export function deriveDocument(source: string, options: DeriveOptions = {}): Derived {
  const stream = parseYaml(source)
  const memoize = stream.parser === 'fast'
  const cache = options.cache ?? SHARED_DOCUMENT_CACHE
  const documents = stream.documents.map((d, i, all) => {
    // A document's text runs from the end of the one before (its separator and leading comments
    // included) to its own end; the last one takes the rest, so the texts add up to the source.
    const from = i === 0 ? 0 : (all[i - 1]?.range.end.offset ?? 0)
    const text = source.slice(from, i === all.length - 1 ? source.length : d.range.end.offset)
    if (!memoize) return deriveOne(d, text, options)
    const own = source.slice(d.range.start.offset, d.range.end.offset)
    const reused = cache.reuse(own, options, d.index, d.range.start)
    if (reused) return reused.text === text ? reused : { ...reused, text }
    const derived = deriveOne(d, text, options)
    cache.remember(own, options, d.range.start, derived)
    return derived
  })
  const milvusIndex = documents.findIndex((d) => d.isMilvus)
  const main = documents[milvusIndex]
  const streamFindings = stream.errors.map((p) => problemFinding(p, 'error'))
  // Other documents contribute only their YAML problems (a broken Secret still needs fixing).
  const others = documents.filter((d) => d !== main).flatMap((d) => d.findings)
  const findings = sortFindings([...streamFindings, ...(main?.findings ?? []), ...others])
  const ok = stream.errors.length === 0 && (main ? !main.hasSyntaxErrors : documents.every((d) => !d.hasSyntaxErrors))
  return { source, documents, milvusIndex, ...(main?.resource ? { resource: main.resource } : {}), findings, ok }
}

