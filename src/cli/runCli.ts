/**
 * The CLI core: argv in, exit code out, all I/O through `io`. main.ts wires it to Node; tests
 * call it with a fake file system. Never throws: every failure is an exit code and a message.
 */
import { parseArgs } from './args'
import { runMigrationExport } from './migrationCommand'
import { EXPORT_TARGETS, runExport, runShareDecode, runShareEncode, type CommandResult, type ExportTarget } from './commands'
import { formatSarif } from './formatSarif'
import { formatText } from './formatText'
import { EXIT, decodeText, type CliIo, type Lang } from './io'
import { hasErrors, hasUnreadable, lintText, type LintFile } from './lintReport'
import { USAGE } from './usage'

export const CLI_VERSION = '0.1.0'
const FORMATS = ['text', 'json', 'sarif'] as const
type Format = (typeof FORMATS)[number]
const VALUED = ['format', 'lang', 'to', 'operator-install', 'baseline']

/** Runs one CLI invocation. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const result = await dispatch(argv, io)
    if (result.stdout) io.stdout(result.stdout)
    if (result.stderr) io.stderr(result.stderr)
    return result.code
  } catch (error) {
    io.stderr(`milvus-studio: unexpected failure: ${error instanceof Error ? error.message : String(error)}\n`)
    return EXIT.usage
  }
}

const usage = (message?: string): CommandResult =>
  ({ code: EXIT.usage, stdout: '', stderr: `${message ? `milvus-studio: ${message}\n\n` : ''}${USAGE}` })

function pick<T extends string>(value: string | true | undefined, allowed: readonly T[], fallback: T): T | undefined {
  if (value === undefined) return fallback
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : undefined
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<CommandResult> {
  const args = parseArgs(argv, VALUED)
  const [command, ...rest] = args.positionals
  if (args.options.has('help') || args.options.has('h')) return { code: EXIT.ok, stdout: USAGE, stderr: '' }
  if (args.options.has('version')) return { code: EXIT.ok, stdout: `${CLI_VERSION}\n`, stderr: '' }
  if (args.missing.length > 0) return usage(`--${args.missing[0] ?? ''} needs a value`)
  const lang = pick(args.options.get('lang'), ['en', 'ko'] as const, 'en')
  if (!lang) return usage('--lang must be en or ko')
  const known = new Set([...VALUED, 'include-secrets'])
  const unknown = [...args.options.keys()].find((k) => !known.has(k))
  if (unknown !== undefined) return usage(`unknown option --${unknown}`)
  switch (command) {
    case 'lint': return lint(rest, args.options.get('format'), lang, io)
    case 'export': return exportCommand(rest, args.options, lang, io)
    case 'share': return share(rest, args.options.has('include-secrets'), lang, io)
    case undefined: return usage()
    default: return usage(`unknown command "${command.slice(0, 40)}"`)
  }
}

async function readText(path: string, io: CliIo): Promise<{ text: string } | { error: string }> {
  try {
    return { text: decodeText(await io.readFile(path)) }
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code
    return { error: typeof code === 'string' ? code : error instanceof Error ? error.message : 'unreadable' }
  }
}

async function lint(files: readonly string[], formatOpt: string | true | undefined, lang: Lang, io: CliIo): Promise<CommandResult> {
  const format = pick<Format>(formatOpt, FORMATS, 'text')
  if (!format) return usage('--format must be text, json or sarif')
  if (files.length === 0) return usage('lint needs at least one FILE')
  const report: { files: LintFile[] } = { files: [] }
  for (const file of files) {
    const read = await readText(file, io)
    report.files.push('text' in read ? lintText(file, read.text, lang) : { file, documents: [], error: read.error })
  }
  const out = format === 'json' ? `${JSON.stringify(report)}\n` : format === 'sarif' ? formatSarif(report, lang, CLI_VERSION) : formatText(report, lang)
  const code = hasUnreadable(report) ? EXIT.usage : hasErrors(report) ? EXIT.findings : EXIT.ok
  return { code, stdout: out, stderr: '' }
}

async function exportCommand(rest: readonly string[], options: ReadonlyMap<string, string | true>, lang: Lang, io: CliIo): Promise<CommandResult> {
  if (options.get('to') === 'migration') return migrationExport(rest, options.get('baseline'), lang, io)
  const target = pick<ExportTarget>(options.get('to'), EXPORT_TARGETS, 'manifest')
  const install = pick(options.get('operator-install'), ['helm', 'manifest'] as const, 'helm')
  if (!target || !options.has('to')) return usage('export needs --to manifest|kubectl|helm|effective')
  if (!install) return usage('--operator-install must be helm or manifest')
  if (rest.length !== 1 || rest[0] === undefined) return usage('export needs exactly one FILE')
  const read = await readText(rest[0], io)
  if (!('text' in read)) return { code: EXIT.usage, stdout: '', stderr: `${rest[0]}: cannot read: ${read.error}\n` }
  return runExport(target, read.text, lang, install)
}

async function migrationExport(rest: readonly string[], baseline: string | true | undefined, lang: Lang, io: CliIo): Promise<CommandResult> {
  if (typeof baseline !== 'string') return usage('export --to migration needs --baseline FILE')
  if (rest.length !== 1 || rest[0] === undefined) return usage('export needs exactly one FILE')
  const texts: string[] = []
  for (const file of [baseline, rest[0]]) {
    const read = await readText(file, io)
    if (!('text' in read)) return { code: EXIT.usage, stdout: '', stderr: `${file}: cannot read: ${read.error}\n` }
    texts.push(read.text)
  }
  return runMigrationExport(texts[0] ?? '', texts[1] ?? '', lang)
}

async function share(rest: readonly string[], includeSecrets: boolean, lang: Lang, io: CliIo): Promise<CommandResult> {
  const [action, arg, ...extra] = rest
  if (arg === undefined || extra.length > 0) return usage('share needs encode FILE or decode LINK')
  if (action === 'decode') return runShareDecode(arg, lang)
  if (action !== 'encode') return usage('share needs encode FILE or decode LINK')
  const read = await readText(arg, io)
  if (!('text' in read)) return { code: EXIT.usage, stdout: '', stderr: `${arg}: cannot read: ${read.error}\n` }
  return runShareEncode(read.text, includeSecrets, lang)
}
