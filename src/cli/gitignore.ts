/**
 * A .gitignore reader for the folder walk: blank lines and `#` comments, `!` negation, a trailing
 * `/` for folders only, a `/` elsewhere anchoring the pattern to the file's folder, and the globs
 * `*`, `?`, `[...]` and `**` (https://git-scm.com/docs/gitignore#_pattern_format). The last
 * matching pattern wins, as in git.
 */

interface Pattern {
  readonly regex: RegExp
  readonly negated: boolean
  readonly dirOnly: boolean
}

export interface IgnoreList {
  /** True when `relPath` (slash-separated, relative to the .gitignore's folder) is ignored. */
  ignores(relPath: string, isDir: boolean): boolean
}

function globToRegex(glob: string): string {
  let out = ''
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] ?? ''
    if (c === '*' && glob[i + 1] === '*') {
      const slashAfter = glob[i + 2] === '/'
      out += slashAfter ? '(?:.*/)?' : '.*'
      i += slashAfter ? 2 : 1
    } else if (c === '*') out += '[^/]*'
    else if (c === '?') out += '[^/]'
    else if (c === '[') {
      const end = glob.indexOf(']', i + 1)
      if (end < 0) out += '\\['
      else {
        out += `[${glob
          .slice(i + 1, end)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\')}]`
        i = end
      }
    } else if (c === '\\' && i + 1 < glob.length) out += `\\${glob[++i] ?? ''}`
    else out += /[.+^${}()|\\]/.test(c) ? `\\${c}` : c
  }
  return out
}

function parseLine(raw: string): Pattern | undefined {
  let line = raw.replace(/(?<!\\)\s+$/, '')
  if (line === '' || line.startsWith('#')) return undefined
  const negated = line.startsWith('!')
  if (negated) line = line.slice(1)
  const dirOnly = line.endsWith('/')
  if (dirOnly) line = line.slice(0, -1)
  const anchored = line.includes('/')
  if (line.startsWith('/')) line = line.slice(1)
  if (line === '') return undefined
  const body = globToRegex(line)
  const regex = new RegExp(anchored ? `^${body}$` : `^(?:.*/)?${body}$`)
  return { regex, negated, dirOnly }
}

/** Reads the text of a .gitignore. */
export function parseGitignore(text: string): IgnoreList {
  const patterns = text
    .split(/\r?\n/)
    .map(parseLine)
    .filter((p): p is Pattern => p !== undefined)
  return {
    ignores(relPath, isDir) {
      let ignored = false
      for (const p of patterns) {
        if (p.dirOnly && !isDir) continue
        if (p.regex.test(relPath)) ignored = !p.negated
      }
      return ignored
    },
  }
}
