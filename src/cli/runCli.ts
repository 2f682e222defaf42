/**
 * The CLI core: argv in, exit code out, all I/O through `io`. main.ts wires it to Node; tests
 * call it with a fake file system. Never throws: every failure is an exit code and a message.
 */
import { parseArgs } from './args'
import { runMigrationExport, runUpgradeExport } from './migrationCommand'
import {
  EXPORT_TARGETS,
  runExport,
  runShareDecode,
  runShareEncode,
  type CommandResult,
  type ExportTarget,
} from './commands'
import { EXIT, decodeText, errorCode, type CliIo, type Lang } from './io'
import { GITOPS_TARGETS, GITOPS_VALUED, runGitOpsExport } from './gitopsCommand'
import { IMPORT_VALUED, runImport } from './importCommand'
import { parseLintOptions, runLint } from './lintCommand'
import { USAGE } from './usage'

export const CLI_VERSION = '0.1.0'
const VALUED = [
  'format',
  'lang',
  'to',
  'operator-install',
  'max-warnings',
  'rule',
  'disable',
  'baseline',
  ...IMPORT_VALUED,
  ...GITOPS_VALUED,
]
const FLAGS = ['include-secrets', 'quiet', 'fix', 'fix-dry-run']

/** Runs one CLI invocation. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const result = await dispatch(argv, io)
    if (result.stdout) io.stdout(result.stdout)
    if (result.stderr) io.stderr(result.stderr)
    return result.code
  } catch (error) {
    io.stderr(
      `milvus-studio: unexpected failure: ${error instanceof Error ? error.message : String(error)}\n`,
    )
    return EXIT.usage
  }
}

const usage = (message?: string): CommandResult => ({
  code: EXIT.usage,
  stdout: '',
  stderr: `${message ? `milvus-studio: ${message}\n\n` : ''}${USAGE}`,
})

function pick<T extends string>(
  value: string | true | undefined,
  allowed: readonly T[],
  fallback: T,
): T | undefined {
  if (value === undefined) return fallback
  return typeof value === 'string' && (allowed as readonly string[]).includes(value)
    ? (value as T)
    : undefined
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<CommandResult> {
  const args = parseArgs(argv, VALUED)
  const [command, ...rest] = args.positionals
  if (args.options.has('help') || args.options.has('h'))
    return { code: EXIT.ok, stdout: USAGE, stderr: '' }
  if (args.options.has('version')) return { code: EXIT.ok, stdout: `${CLI_VERSION}\n`, stderr: '' }
  if (args.missing.length > 0) return usage(`--${args.missing[0] ?? ''} needs a value`)
  const lang = pick(args.options.get('lang'), ['en', 'ko'] as const, 'en')
  if (!lang) return usage('--lang must be en or ko')
  const known = new Set([...VALUED, ...FLAGS])
  const unknown = [...args.options.keys()].find((k) => !known.has(k))
  if (unknown !== undefined) return usage(`unknown option --${unknown}`)
  switch (command) {
    case 'lint': {
      const parsed = parseLintOptions(rest, args.options, args.repeated, lang)
      return 'usage' in parsed ? usage(parsed.usage) : runLint(parsed.options, io, CLI_VERSION)
    }
    case 'import': {
      const result = await runImport(rest, args.options, lang, io)
      return 'usage' in result ? usage(result.usage) : result
    }
    case 'export': {
      const gitops = GITOPS_TARGETS.find((t) => t === args.options.get('to'))
      if (!gitops) return exportCommand(rest, args.options, lang, io)
      if (rest.length !== 1 || rest[0] === undefined) return usage('export needs exactly one FILE')
      const result = await runGitOpsExport(gitops, rest[0], args.options, args.repeated, lang, io)
      return 'usage' in result ? usage(result.usage) : result
    }
    case 'share':
      return share(rest, args.options.has('include-secrets'), lang, io)
    case undefined:
      return usage()
    default:
      return usage(`unknown command "${command.slice(0, 40)}"`)
  }
}

async function readText(path: string, io: CliIo): Promise<{ text: string } | { error: string }> {
  try {
    return { text: decodeText(await io.readFile(path)) }
  } catch (error) {
    return { error: errorCode(error) }
  }
}

async function exportCommand(
  rest: readonly string[],
  options: ReadonlyMap<string, string | true>,
  lang: Lang,
  io: CliIo,
): Promise<CommandResult> {
  const to = options.get('to')
  if (to === 'migration' || to === 'upgrade')
    return baselineExport(to, rest, options.get('baseline'), lang, io)
  const target = pick<ExportTarget>(options.get('to'), EXPORT_TARGETS, 'manifest')
  const install = pick(options.get('operator-install'), ['helm', 'manifest'] as const, 'helm')
  if (!target || !options.has('to'))
    return usage(
      'export needs --to manifest|kubectl|helm|effective|kustomize|argocd|migration|upgrade',
    )
  if (!install) return usage('--operator-install must be helm or manifest')
  if (rest.length !== 1 || rest[0] === undefined) return usage('export needs exactly one FILE')
  const read = await readText(rest[0], io)
  if (!('text' in read))
    return { code: EXIT.usage, stdout: '', stderr: `${rest[0]}: cannot read: ${read.error}\n` }
  return runExport(target, read.text, lang, install)
}

async function baselineExport(
  to: 'migration' | 'upgrade',
  rest: readonly string[],
  baseline: string | true | undefined,
  lang: Lang,
  io: CliIo,
): Promise<CommandResult> {
  if (typeof baseline !== 'string') return usage(`export --to ${to} needs --baseline FILE`)
  if (rest.length !== 1 || rest[0] === undefined) return usage('export needs exactly one FILE')
  const texts: string[] = []
  for (const file of [baseline, rest[0]]) {
    const read = await readText(file, io)
    if (!('text' in read))
      return { code: EXIT.usage, stdout: '', stderr: `${file}: cannot read: ${read.error}\n` }
    texts.push(read.text)
  }
  const run = to === 'upgrade' ? runUpgradeExport : runMigrationExport
  return run(texts[0] ?? '', texts[1] ?? '', lang)
}

async function share(
  rest: readonly string[],
  includeSecrets: boolean,
  lang: Lang,
  io: CliIo,
): Promise<CommandResult> {
  const [action, arg, ...extra] = rest
  if (arg === undefined || extra.length > 0) return usage('share needs encode FILE or decode LINK')
  if (action === 'decode') return runShareDecode(arg, lang)
  if (action !== 'encode') return usage('share needs encode FILE or decode LINK')
  const read = await readText(arg, io)
  if (!('text' in read))
    return { code: EXIT.usage, stdout: '', stderr: `${arg}: cannot read: ${read.error}\n` }
  return runShareEncode(read.text, includeSecrets, lang)
}
