/**
 * `milvus-studio lint`: reads files, folders or standard input, lints them, optionally applies the
 * safe fixes (in place or as a diff), and prints text, JSON or SARIF. The exit code is that of what
 * remains: 0 clean, 1 errors (or more warnings than --max-warnings), 2 usage or unreadable input.
 */
import { deriveDocument } from '../derive'
import { didYouMean, type MilvusResource } from '../model'
import { ALL_RULES } from '../rules'
import { applySafeFixes, type FixOutcome } from './applyFixes'
import type { CommandResult } from './commands'
import { expandPaths, readInput, STDIN } from './collectFiles'
import { formatSarif } from './formatSarif'
import { formatText, oneLine } from './formatText'
import { EXIT, errorCode, type CliIo, type Lang } from './io'
import {
  activeFindings,
  hasErrors,
  hasUnreadable,
  lintText,
  type LintFile,
  type LintReport,
} from './lintReport'
import { unifiedDiff } from './unifiedDiff'

const FORMATS = ['text', 'json', 'sarif'] as const
type Format = (typeof FORMATS)[number]
/** Findings that are not rules of the registry but may still be selected or disabled. */
const OTHER_IDS = [
  'yaml-syntax',
  'yaml-duplicate-key',
  'yaml-limit',
  'yaml-tag',
  'yaml-unsafe-key',
  'normalize',
]
/** A file that cannot be read as YAML is never hidden by --rule/--disable. */
const ALWAYS_SHOWN = new Set(['yaml-syntax', 'yaml-limit'])

export interface LintOptions {
  readonly paths: readonly string[]
  readonly format: Format
  readonly lang: Lang
  readonly maxWarnings?: number
  readonly quiet: boolean
  readonly only: readonly string[]
  readonly disabled: readonly string[]
  readonly fix: 'none' | 'write' | 'dry-run'
  /** `--baseline FILE`: what is running; the change-safety and upgrade rules compare against it. */
  readonly baseline?: string
}

type Parsed = { readonly options: LintOptions } | { readonly usage: string }

function ruleIds(values: readonly string[]): string[] {
  return values
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '')
}

function checkIds(ids: readonly string[], flag: string): string | undefined {
  const known = [...ALL_RULES.map((r) => r.id), ...OTHER_IDS]
  const bad = ids.find((id) => !known.includes(id))
  if (bad === undefined) return undefined
  const guess = didYouMean(bad, known)
  return `${flag} ${bad.slice(0, 60)}: no such rule${guess ? ` (did you mean ${guess}?)` : ''}`
}

/** Reads lint's own options; the argv parser has already split them. */
export function parseLintOptions(
  paths: readonly string[],
  options: ReadonlyMap<string, string | true>,
  repeated: ReadonlyMap<string, string[]>,
  lang: Lang,
): Parsed {
  const formatOpt = options.get('format') ?? 'text'
  const format = FORMATS.find((f) => f === formatOpt)
  if (!format) return { usage: '--format must be text, json or sarif' }
  if (paths.length === 0) return { usage: 'lint needs at least one FILE, folder or -' }
  const max = options.get('max-warnings')
  if (max !== undefined && (typeof max !== 'string' || !/^\d+$/.test(max)))
    return { usage: '--max-warnings needs a whole number' }
  const only = ruleIds(repeated.get('rule') ?? [])
  const disabled = ruleIds(repeated.get('disable') ?? [])
  const badId = checkIds(only, '--rule') ?? checkIds(disabled, '--disable')
  if (badId) return { usage: badId }
  const fix = options.has('fix-dry-run') ? 'dry-run' : options.has('fix') ? 'write' : 'none'
  if (options.has('fix') && options.has('fix-dry-run'))
    return { usage: '--fix and --fix-dry-run cannot be combined' }
  if (fix === 'write' && paths.includes(STDIN))
    return { usage: '--fix cannot write to standard input; use --fix-dry-run' }
  const baseline = options.get('baseline')
  if (baseline === STDIN) return { usage: '--baseline needs a FILE, not -' }
  return {
    options: {
      paths,
      format,
      lang,
      quiet: options.has('quiet'),
      only,
      disabled,
      fix,
      ...(typeof max === 'string' ? { maxWarnings: Number(max) } : {}),
      ...(typeof baseline === 'string' ? { baseline } : {}),
    },
  }
}

function selector(o: LintOptions): (rule: string) => boolean {
  return (rule) =>
    ALWAYS_SHOWN.has(rule) ||
    ((o.only.length === 0 || o.only.includes(rule)) && !o.disabled.includes(rule))
}

/** --quiet: only errors are printed (warnings still count for --max-warnings). */
function errorsOnly(report: LintReport): LintReport {
  return {
    files: report.files.map((f) => ({
      ...f,
      documents: f.documents.map((d) => ({
        ...d,
        findings: d.findings.filter((x) => x.severity === 'error'),
      })),
    })),
  }
}

function describeFixes(
  file: string,
  outcomes: readonly FixOutcome[],
  lang: Lang,
  dryRun: boolean,
): string {
  if (outcomes.length === 0) return ''
  const verb = (applied: boolean) =>
    applied
      ? dryRun
        ? lang === 'ko'
          ? '고칠 예정'
          : 'would fix'
        : lang === 'ko'
          ? '고침'
          : 'fixed'
      : lang === 'ko'
        ? '건너뜀'
        : 'skipped'
  return outcomes
    .map((o) => `${file}:${o.line}: ${verb(o.applied)} [${o.rule}] ${o.path}: ${oneLine(o.text)}\n`)
    .join('')
}

interface FileRun {
  readonly lint: LintFile
  readonly log: string
  readonly diff: string
}

async function runOne(
  file: string,
  o: LintOptions,
  io: CliIo,
  baseline: MilvusResource | undefined,
): Promise<FileRun> {
  const input = await readInput(file, io)
  if ('error' in input)
    return { lint: { file, documents: [], error: input.error }, log: '', diff: '' }
  const select = selector(o)
  const against = { select, ...(baseline ? { baseline } : {}) }
  if (o.fix === 'none')
    return { lint: lintText(file, input.text, o.lang, against), log: '', diff: '' }
  const fixed = applySafeFixes(input.text, o.lang, select)
  const log = describeFixes(file, fixed.outcomes, o.lang, o.fix === 'dry-run')
  const diff =
    o.fix === 'dry-run' ? unifiedDiff(file === STDIN ? 'stdin' : file, input.text, fixed.text) : ''
  if (o.fix === 'write' && fixed.text !== input.text) {
    try {
      await io.writeFile?.(file, fixed.text)
    } catch (error) {
      return {
        lint: { file, documents: [], error: `cannot write: ${errorCode(error)}` },
        log,
        diff,
      }
    }
  }
  return { lint: lintText(file, fixed.text, o.lang, against), log, diff }
}

function format(report: LintReport, o: LintOptions, version: string): string {
  const shown = o.quiet ? errorsOnly(report) : report
  if (o.format === 'json') return `${JSON.stringify(shown)}\n`
  return o.format === 'sarif' ? formatSarif(shown, o.lang, version) : formatText(shown, o.lang)
}

function exitCode(report: LintReport, o: LintOptions): number {
  if (hasUnreadable(report)) return EXIT.usage
  if (hasErrors(report)) return EXIT.findings
  const warnings = activeFindings(report).filter((f) => f.severity === 'warning').length
  return o.maxWarnings !== undefined && warnings > o.maxWarnings ? EXIT.findings : EXIT.ok
}

/** The running resource `--baseline` names, or the message saying why it cannot be used. */
async function readBaseline(
  file: string,
  io: CliIo,
): Promise<{ resource: MilvusResource } | { error: string }> {
  const input = await readInput(file, io)
  if ('error' in input) return { error: `--baseline ${file}: ${input.error}` }
  const resource = deriveDocument(input.text).resource
  return resource ? { resource } : { error: `--baseline ${file}: no readable Milvus resource` }
}

/** Runs lint with parsed options. */
export async function runLint(o: LintOptions, io: CliIo, version: string): Promise<CommandResult> {
  const base = o.baseline === undefined ? undefined : await readBaseline(o.baseline, io)
  if (base && 'error' in base)
    return { code: EXIT.usage, stdout: '', stderr: `milvus-studio: ${base.error}\n` }
  const baseline = base?.resource
  const files = await expandPaths(o.paths, io)
  if (files.length === 0)
    return {
      code: EXIT.usage,
      stdout: '',
      stderr: `milvus-studio: no *.yaml or *.yml files in ${o.paths.join(', ')}\n`,
    }
  const runs: FileRun[] = []
  for (const file of files) runs.push(await runOne(file, o, io, baseline))
  const report: LintReport = { files: runs.map((r) => r.lint) }
  const log = runs.map((r) => r.log).join('')
  const code = exitCode(report, o)
  const tooMany =
    code === EXIT.findings && !hasErrors(report)
      ? `milvus-studio: ${activeFindings(report).filter((f) => f.severity === 'warning').length} warning(s), more than --max-warnings ${String(o.maxWarnings)}\n`
      : ''
  if (o.fix === 'dry-run') {
    return {
      code,
      stdout: runs.map((r) => r.diff).join(''),
      stderr: log + format(report, { ...o, format: 'text' }, version) + tooMany,
    }
  }
  // Fixes are listed on stderr when the report is machine-readable, so stdout stays valid JSON/SARIF.
  const logToStdout = o.format === 'text'
  return {
    code,
    stdout: (logToStdout ? log : '') + format(report, o, version),
    stderr: (logToStdout ? '' : log) + tooMany,
  }
}
