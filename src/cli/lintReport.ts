/** Lints texts into the JSON report shape the CLI prints (and the text/SARIF formats reuse). */
import { deriveDocument, type LocatedFinding } from '../derive'
import { pathToString } from '../model'
import type { Severity } from '../rules'
import type { Lang } from './io'

export interface LintFinding {
  readonly rule: string
  readonly severity: Severity
  readonly path: string
  readonly line: number
  readonly column: number
  readonly message: string
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

/** Lints one text. */
export function lintText(file: string, text: string, lang: Lang): LintFile {
  const derived = deriveDocument(text)
  const seen = new Set<LocatedFinding>()
  const documents: LintDocument[] = derived.documents.map((d) => {
    d.findings.forEach((f) => seen.add(f))
    const fragmentOf = d.fragment ? { fragmentOf: pathToString(d.fragment.at) } : {}
    return { index: d.index, kind: d.kind, name: d.name, ...fragmentOf, findings: d.findings.map((f) => toLintFinding(f, lang)) }
  })
  const stream = derived.findings.filter((f) => !seen.has(f))
  if (stream.length > 0) documents.unshift({ index: -1, kind: '', name: '', findings: stream.map((f) => toLintFinding(f, lang)) })
  return { file, documents }
}

function toLintFinding(f: LocatedFinding, lang: Lang): LintFinding {
  return {
    rule: f.rule,
    severity: f.severity,
    path: pathToString(f.path),
    line: f.range?.start.line ?? 1,
    column: f.range?.start.col ?? 1,
    message: f.message[lang] || f.message.en,
  }
}

export function hasErrors(report: LintReport): boolean {
  return report.files.some((f) => f.documents.some((d) => d.findings.some((x) => x.severity === 'error')))
}

export function hasUnreadable(report: LintReport): boolean {
  return report.files.some((f) => f.error !== undefined)
}
