/**
 * Text -> everything the studio and the CLI show: each document's kind and name, the first Milvus
 * document lifted to v1beta1, normalized and checked, and every finding placed on a line.
 * The caller names the rules: this module never imports the registry, so a bundle that reads text
 * without checking it (the browser's main thread) does not carry the rules. `deriveDocument.ts`
 * wires in every rule for the CLI, the worker and the tests.
 * Pure: the store and the CLI call the same function.
 */
import {
  isOperatorWritten,
  isRecord,
  liftToV1beta1,
  normalize,
  placeFragment,
  serverFieldsOf,
  type MilvusResource,
  type Placement,
  type SpecPath,
} from '../model'
import { runRules } from '../rules/defineRule'
import type { Finding, Rule, Severity } from '../rules/types'
import { parseYaml } from '../yaml/parseYaml'
import type { ParsedDocument } from '../yaml/types'
import { SHARED_DOCUMENT_CACHE } from './documentCache'
import type { DeriveOptions, Derived, DerivedDocument, LocatedFinding } from './types'
import {
  elisionFinding,
  findElisions,
  fragmentFinding,
  joinElisions,
  reframeFinding,
  wrapValue,
} from './pasted'
import { normalizeFinding, problemFinding } from './yamlFindings'

const MILVUS_GROUP = 'milvus.io/'

function str(v: unknown): string {
  return typeof v === 'string' ? v : ''
}

/** Milvus (v1beta1, v1alpha1) or v1alpha1 MilvusCluster; a missing apiVersion counts as v1beta1. */
export function isMilvusKind(apiVersion: string, kind: string): boolean {
  if (kind === 'Milvus')
    return (
      apiVersion === '' ||
      apiVersion === `${MILVUS_GROUP}v1beta1` ||
      apiVersion === `${MILVUS_GROUP}v1alpha1`
    )
  return kind === 'MilvusCluster' && apiVersion === `${MILVUS_GROUP}v1alpha1`
}

/**
 * What is checked as a Milvus resource: the served pairs, and any other pair that means one
 * (kind Milvus or MilvusCluster at any version, any kind of the milvus.io group but the
 * MilvusUpgrade it serves), so that api-version-kind can say the pair does not exist.
 */
export function isMilvusCandidate(apiVersion: string, kind: string): boolean {
  if (kind === 'Milvus' || kind === 'MilvusCluster') return true
  return (
    apiVersion.startsWith(MILVUS_GROUP) &&
    kind !== '' &&
    !(kind === 'MilvusUpgrade' && apiVersion === `${MILVUS_GROUP}v1beta1`)
  )
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
  return [...findings].sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      offset(a) - offset(b) ||
      (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0),
  )
}

function yamlFindings(doc: ParsedDocument): LocatedFinding[] {
  return [
    ...doc.errors.map((p) => problemFinding(p, 'error')),
    ...doc.warnings.map((p) => problemFinding(p, 'warning')),
  ]
}

/** What the rules check and how their paths map back: a document, a List item, or a fragment. */
export interface Frame {
  readonly raw: unknown
  /** Leading path segments the rules saw that the text does not have (a fragment's placement). */
  readonly strip: SpecPath
  /** Leading segments the text has that the rules did not see (`items`, i for a List item). */
  readonly prefix: SpecPath
  readonly fragmentAt?: SpecPath
}

function startsWith(path: SpecPath, prefix: SpecPath): boolean {
  return prefix.every((seg, i) => path[i] === seg)
}

/** A read-back object's warnings about values the operator wrote itself are not the user's to fix. */
function dropOperatorWritten(
  found: readonly Finding[],
  resource: MilvusResource,
  raw: unknown,
): readonly Finding[] {
  if (serverFieldsOf(raw).length === 0) return found
  return found.filter(
    (f) => f.severity === 'error' || f.path.length === 0 || !isOperatorWritten(resource, f.path),
  )
}

/** Derive options with the rules named: what every function of this module runs. */
export interface RuledOptions extends DeriveOptions {
  readonly rules: readonly Rule[]
}

/**
 * Lifts, normalizes and checks one parsed Milvus document; findings are placed on its text.
 * `stream` holds the other documents' objects the rules may read; `frame` says which part of the
 * document is checked (a List item, a fragment) and defaults to the whole document.
 */
export function checkMilvusDocument(
  doc: ParsedDocument,
  apiVersion: string,
  kind: string,
  options: RuledOptions,
  stream: readonly unknown[] = [],
  frameIn?: Frame,
) {
  const frame = frameIn ?? { raw: doc.value, strip: [], prefix: [] }
  const lifted = liftToV1beta1(frame.raw)
  const { resource, issues } = normalize(lifted.value)
  const ctx = {
    resource,
    original: { apiVersion, kind },
    raw: frame.raw,
    stream,
    shared: new Map(),
    // Parsed values are never changed, so rules may keep work by subtree (rules/lib/shared.ts).
    settled: true,
    ...(options.baseline ? { baseline: options.baseline } : {}),
    ...(frame.fragmentAt ? { fragmentAt: frame.fragmentAt } : {}),
  }
  const rangeIn = (path: SpecPath): LocatedFinding['range'] | null => {
    const original = lifted.toOriginalPath(path)
    return startsWith(original, frame.strip)
      ? (doc.rangeOf([...frame.prefix, ...original.slice(frame.strip.length)])?.range ?? undefined)
      : null
  }
  const checked = dropOperatorWritten(runRules(ctx, options.rules), resource, frame.raw)
  // A whole document needs no reframing (reframeFinding would copy each finding unchanged).
  const isWhole =
    frame.strip.length === 0 &&
    frame.prefix.length === 0 &&
    !checked.some((f) => f.fix?.patches.some((p) => p.path.length === 0))
  const found: LocatedFinding[] = []
  for (const f of checked) {
    const range = rangeIn(f.path)
    const g =
      range === null ? undefined : isWhole ? f : reframeFinding(f, frame.strip, frame.prefix)
    if (g) found.push(range ? { ...g, range } : g)
  }
  const reported = new Set(found.map((f) => f.path.join('\u0000')))
  const normalized: LocatedFinding[] = []
  for (const i of issues) {
    const range = rangeIn(i.path)
    const path = [...frame.prefix, ...i.path.slice(frame.strip.length)]
    if (range === null || reported.has(path.join('\u0000'))) continue
    normalized.push(normalizeFinding(path, i.message, range))
  }
  return {
    resource,
    liftedFrom: lifted.liftedFrom,
    notes: lifted.notes,
    findings: [...found, ...normalized],
  }
}

function kindOf(raw: unknown): { apiVersion: string; kind: string; name: string } {
  const apiVersion = isRecord(raw) ? str(raw.apiVersion) : ''
  const kind = isRecord(raw) ? str(raw.kind) : ''
  const name = isRecord(raw) && isRecord(raw.metadata) ? str(raw.metadata.name) : ''
  return { apiVersion, kind, name }
}

/** Each Milvus item of a `kind: List` (kubectl get -o yaml), checked on its own. */
function checkListItems(
  doc: ParsedDocument,
  options: RuledOptions,
  stream: readonly unknown[],
): LocatedFinding[] {
  const items = isRecord(doc.value) && Array.isArray(doc.value.items) ? doc.value.items : []
  return items.flatMap((item: unknown, i) => {
    const k = kindOf(item)
    if (!isMilvusCandidate(k.apiVersion, k.kind)) return []
    return checkMilvusDocument(doc, k.apiVersion, k.kind, options, stream, {
      raw: item,
      strip: [],
      prefix: ['items', i],
    }).findings
  })
}

function checkFragment(
  doc: ParsedDocument,
  placement: Placement,
  options: RuledOptions,
  stream: readonly unknown[],
): LocatedFinding[] {
  const raw = wrapValue(doc.value as Record<string, unknown>, placement.at)
  const frame: Frame = { raw, strip: placement.at, prefix: [], fragmentAt: placement.at }
  const checked = checkMilvusDocument(doc, 'milvus.io/v1beta1', 'Milvus', options, stream, frame)
  // Only what lies inside the written keys: the rest of the wrapped resource is made up.
  const written = Object.keys(doc.value as Record<string, unknown>)
  const inside = checked.findings.filter(
    (f) => typeof f.path[0] === 'string' && written.includes(f.path[0]),
  )
  const info = fragmentFinding(placement)
  const at = doc.rangeOf([])?.range
  return [at ? { ...info, range: at } : info, ...inside]
}

function deriveOne(
  doc: ParsedDocument,
  text: string,
  options: RuledOptions,
  stream: readonly unknown[],
): DerivedDocument {
  const { apiVersion, kind, name } = kindOf(doc.value)
  const isMilvus = isMilvusCandidate(apiVersion, kind)
  const own = yamlFindings(doc)
  const hasSyntaxErrors = doc.errors.length > 0
  const base = { index: doc.index, apiVersion, kind, name, text, isMilvus, hasSyntaxErrors }
  if (hasSyntaxErrors) return { ...base, findings: sortFindings(own) }
  if (kind === 'List')
    return { ...base, findings: sortFindings([...own, ...checkListItems(doc, options, stream)]) }
  const placement =
    !isMilvus && apiVersion === '' && kind === '' ? placeFragment(doc.value) : undefined
  if (placement)
    return {
      ...base,
      fragment: placement,
      findings: sortFindings([...own, ...checkFragment(doc, placement, options, stream)]),
    }
  if (!isMilvus) return { ...base, findings: sortFindings(own) }
  const checked = checkMilvusDocument(doc, apiVersion, kind, options, stream, {
    raw: doc.value,
    strip: [],
    prefix: [],
  })
  return {
    ...base,
    resource: checked.resource,
    ...(checked.liftedFrom !== undefined
      ? { liftedFrom: checked.liftedFrom, liftNotes: checked.notes }
      : {}),
    findings: sortFindings([...own, ...checked.findings]),
  }
}

const REFERABLE_KINDS = new Set(['Secret', 'ConfigMap'])

/** Objects a Milvus resource can refer to (Secrets, ConfigMaps), with the document they sit in; List items count one by one. */
function referableObjects(docs: readonly ParsedDocument[]): { index: number; value: unknown }[] {
  const out: { index: number; value: unknown }[] = []
  for (const d of docs) {
    const v = d.value
    if (!isRecord(v)) continue
    const items = v.kind === 'List' && Array.isArray(v.items) ? v.items : [v]
    for (const item of items)
      if (isRecord(item) && REFERABLE_KINDS.has(str(item.kind)))
        out.push({ index: d.index, value: item })
  }
  return out
}

/** Parses, lifts, normalizes and checks `source` with `rules`. Never throws on user input. */
export function deriveWithRules(
  source: string,
  rules: readonly Rule[],
  options: DeriveOptions = {},
): Derived {
  const ruled: RuledOptions = { ...options, rules }
  // "..." followed by indented lines is an elision: read both sides as one document.
  const elisions = findElisions(source)
  const text = elisions.length > 0 ? joinElisions(source, elisions) : source
  const stream = parseYaml(text)
  const memoize = stream.parser === 'fast'
  const cache = options.cache ?? SHARED_DOCUMENT_CACHE
  const referable = referableObjects(stream.documents)
  const context = referable.length === 0 ? '' : JSON.stringify(referable.map((r) => r.value))
  const documents = stream.documents.map((d, i, all) => {
    // A document's text runs from the end of the one before (its separator and leading comments
    // included) to its own end; the last one takes the rest, so the texts add up to the text read.
    const from = i === 0 ? 0 : (all[i - 1]?.range.end.offset ?? 0)
    const docText = text.slice(from, i === all.length - 1 ? text.length : d.range.end.offset)
    const others = referable.filter((r) => r.index !== d.index).map((r) => r.value)
    if (!memoize) return deriveOne(d, docText, ruled, others)
    const own = text.slice(d.range.start.offset, d.range.end.offset)
    const scope = { rules, baseline: options.baseline, context }
    const reused = cache.reuse(own, scope, d.index, d.range.start)
    if (reused) return reused.text === docText ? reused : { ...reused, text: docText }
    const derived = deriveOne(d, docText, ruled, others)
    cache.remember(own, scope, d.range.start, derived)
    return derived
  })
  // The document the store edits: a Milvus of the milvus.io group first, then any candidate (a
  // `kind: Milvus` of another group is still checked, and reported for its apiVersion).
  const inGroup = documents.findIndex((d) => d.isMilvus && d.apiVersion.startsWith(MILVUS_GROUP))
  const milvusIndex = inGroup >= 0 ? inGroup : documents.findIndex((d) => d.isMilvus)
  const main = documents[milvusIndex]
  const streamFindings = [
    ...stream.errors.map((p) => problemFinding(p, 'error')),
    ...elisions.map((e) => elisionFinding(e, source)),
  ]
  // Other documents contribute only their YAML problems (a broken Secret still needs fixing).
  const others = documents.filter((d) => d !== main).flatMap((d) => d.findings)
  const findings = sortFindings([...streamFindings, ...(main?.findings ?? []), ...others])
  // Document indices of the joined text differ from the editor's: no form edits until the elision is gone.
  const ok =
    stream.errors.length === 0 &&
    elisions.length === 0 &&
    (main ? !main.hasSyntaxErrors : documents.every((d) => !d.hasSyntaxErrors))
  return {
    source,
    documents,
    milvusIndex,
    ...(main?.resource ? { resource: main.resource } : {}),
    findings,
    ok,
  }
}
