/**
 * `milvus-studio import --from helm [--name N] [--namespace NS] [--chart-version V] [--take-over RELEASE] VALUES`:
 * prints the Secrets and the Milvus resource (with what was not carried over as comments) on
 * stdout and a summary on stderr. Exit 1 when part of the values cannot work, 2 on usage errors.
 */
import { importHelmValues, type HelmImportOptions } from '../import'
import type { CommandResult } from './commands'
import { readInput } from './collectFiles'
import { EXIT, type CliIo, type Lang } from './io'

export const IMPORT_VALUED = ['from', 'name', 'namespace', 'chart-version', 'take-over'] as const

export async function runImport(
  rest: readonly string[],
  options: ReadonlyMap<string, string | true>,
  lang: Lang,
  io: CliIo,
): Promise<CommandResult | { usage: string }> {
  if (options.get('from') !== 'helm') return { usage: 'import needs --from helm' }
  if (rest.length !== 1 || rest[0] === undefined)
    return { usage: 'import needs exactly one VALUES file (or -)' }
  const input = await readInput(rest[0], io)
  if ('error' in input)
    return { code: EXIT.usage, stdout: '', stderr: `${rest[0]}: cannot read: ${input.error}\n` }
  const opts: { -readonly [K in keyof HelmImportOptions]: HelmImportOptions[K] } = {}
  const flags = [
    ['name', 'name'],
    ['namespace', 'namespace'],
    ['chart-version', 'chartVersion'],
    ['take-over', 'takeOver'],
  ] as const
  for (const [flag, key] of flags) {
    const v = options.get(flag)
    if (typeof v === 'string') opts[key] = v
  }
  const result = importHelmValues(input.text, opts)
  const count = (kind: string): number => result.notes.filter((n) => n.kind === kind).length
  if (!result.ok) {
    return {
      code: EXIT.usage,
      stdout: '',
      stderr: result.notes.map((n) => `milvus-studio: ${n.message[lang]}\n`).join(''),
    }
  }
  const errors = result.notes
    .filter((n) => n.kind === 'error')
    .map((n) => `error ${n.path}: ${n.message[lang]}\n`)
    .join('')
  const summary =
    lang === 'ko'
      ? `Secret ${result.secrets.length}개, 옮기지 못한 설정 ${count('unmapped')}개, 알 수 없는 키 ${count('unknown-key')}개, 오류 ${count('error')}개 (출력 맨 위 주석 참고)\n`
      : `${result.secrets.length} Secret(s), ${count('unmapped')} setting(s) not carried over, ${count('unknown-key')} unknown key(s), ${count('error')} error(s) (see the comments at the top of the output)\n`
  return {
    code: count('error') > 0 ? EXIT.findings : EXIT.ok,
    stdout: result.yaml,
    stderr: errors + summary,
  }
}
