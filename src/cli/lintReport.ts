/** Lints texts into the JSON report shape the CLI prints (and the text/SARIF formats reuse). */
import { deriveDocument, type LocatedFinding } from '../derive'
import { pathToString, type MilvusResource } from '../model'
import type { Severity } from '../rules'
import { parseYaml, type ParsedDocument } from '../yaml'
import type { Lang } from './io'
import { findSuppressions, suppressionFor, type Suppression } from './suppress'

export interface LintFinding {
  readonly rule: string
  readonly severity: Severity
  readonly path: string
  readonly line: number
  readonly column: number
  readonly message: string
  /** Present when an inline disable comment silences the finding; it then never fails the run. */
  readonly suppressed?: { readonly line: number; readonly justification: string }
}

export interface LintDocument {
  /** The document's position in the file; -1 holds problems of the whole stream (size, count). */
  readonly index: number
  readonly kind: string
  readonly name: string
  /** For a fragment without apiVersion/kind: the resource path it was linted at ('' for the resource root). */
  readonly fragmentOf?: string
  readonly findings: LintFinding[]
}

export interface LintFile {
  readonly file: string
  readonly documents: LintDocument[]
  /** Set when the file could not be read. */
  readonly error?: string
}

export interface LintReport {
  readonly files: LintFile[]
}

export interface LintOptions {
  /** Keeps only the findings of the rules it accepts (`--rule`, `--disable`). */
  readonly select?: (rule: string) => boolean
  /** What is running (`--baseline`): the change-safety and upgrade rules compare against it. */
  readonly baseline?: MilvusResource
}

interface Placing {
  readonly suppressions: readonly Suppression[]
  readonly docs: readonly ParsedDocument[]
  readonly lang: Lang
}

/** Lints one text. */
export function lintText(
  file: string,
  text: string,
  lang: Lang,
  options: LintOptions = {},
): LintFile {
  const derived = deriveDocument(text, options.baseline ? { baseline: options.baseline } : {})
  const suppressions = findSuppressions(text)
  const placing: Placing = {
    suppressions,
    docs: suppressions.length > 0 ? parseYaml(text).documents : [],
    lang,
  }
  const select = options.select ?? (() => true)
  const seen = new Set<LocatedFinding>()
  const convert = (fs: readonly LocatedFinding[], index: number) =>
    fs.filter((f) => select(f.rule)).map((f) => toLintFinding(f, index, placing))
  const documents: LintDocument[] = derived.documents.map((d) => {
    d.findings.forEach((f) => seen.add(f))
    const fragmentOf = d.fragment ? { fragmentOf: pathToString(d.fragment.at) } : {}
    return {
      index: d.index,
      kind: d.kind,
      name: d.name,
      ...fragmentOf,
      findings: convert(d.findings, d.index),
    }
  })
  const stream = convert(
    derived.findings.filter((f) => !seen.has(f)),
    -1,
  )
  if (stream.length > 0) documents.unshift({ index: -1, kind: '', name: '', findings: stream })
  return { file, documents }
}

function toLintFinding(f: LocatedFinding, docIndex: number, placing: Placing): LintFinding {
  const line = f.range?.start.line ?? 1
  const keyLine = placing.docs[docIndex]?.keyRangeOf(f.path)?.start.line
  const s = suppressionFor(
    placing.suppressions,
    f.rule,
    keyLine === undefined ? [line] : [line, keyLine],
  )
  return {
    rule: f.rule,
    severity: f.severity,
    path: pathToString(f.path),
    line,
    column: f.range?.start.col ?? 1,
    message: f.message[placing.lang] || f.message.en,
    ...(s ? { suppressed: { line: s.line, justification: s.justification } } : {}),
  }
}

/** Findings that count: everything an inline comment did not silence. */
export function activeFindings(report: LintReport): LintFinding[] {
  return report.files.flatMap((f) =>
    f.documents.flatMap((d) => d.findings.filter((x) => !x.suppressed)),
  )
}

export function hasErrors(report: LintReport): boolean {
  return activeFindings(report).some((x) => x.severity === 'error')
}

export function hasUnreadable(report: LintReport): boolean {
  return report.files.some((f) => f.error !== undefined)
}
