/** A small argv parser: positionals plus `--flag`, `--key value` and `--key=value`. */

export interface ParsedArgs {
  readonly positionals: string[]
  readonly options: Map<string, string | true>
  /** Every value of an option given more than once (`--rule a --rule b`), in order. */
  readonly repeated: Map<string, string[]>
  /** Options that need a value but got none. */
  readonly missing: string[]
}

/** Parses argv; `valued` names the options that take a value. `--` ends option parsing. */
export function parseArgs(argv: readonly string[], valued: readonly string[]): ParsedArgs {
  const positionals: string[] = []
  const options = new Map<string, string | true>()
  const missing: string[] = []
  const repeated = new Map<string, string[]>()
  const set = (name: string, value: string | true): void => {
    options.set(name, value)
    if (typeof value === 'string') repeated.set(name, [...(repeated.get(name) ?? []), value])
  }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? ''
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1))
      break
    }
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg)
      continue
    }
    const eq = arg.indexOf('=')
    const name = (eq >= 0 ? arg.slice(0, eq) : arg).replace(/^--?/, '')
    if (eq >= 0) set(name, arg.slice(eq + 1))
    else if (valued.includes(name)) {
      const next = argv[i + 1]
      if (next === undefined) missing.push(name)
      else {
        set(name, next)
        i++
      }
    } else options.set(name, true)
  }
  return { positionals, options, repeated, missing }
}
