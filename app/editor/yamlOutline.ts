/**
 * A forgiving, line-based reading of block YAML for editor help (hover and completion): which key
 * path a line defines, and under which parent a new key typed at some indent would land. It works
 * on half-typed text the real parser rejects, which is exactly when completion is asked for.
 * Findings and edits never use this; they come from the engine's parser. Pure: no Monaco, no DOM.
 */
import type { SpecPath } from '../../src/model/types'

interface Entry {
  readonly indent: number
  readonly seg: string | number
  readonly isItem: boolean
  /** A key with nothing after the colon: its children follow on deeper lines. */
  readonly open: boolean
  /** A `|` or `>` block scalar: deeper lines are text, not keys. */
  readonly scalar: boolean
}

export interface LineKey {
  readonly path: SpecPath
  readonly key: string
  /** 1-based columns of the key's first character and just past its colon. */
  readonly keyStart: number
  readonly valueStart: number
}

const KEY_RE = /^("[^"]*"|'[^']*'|[^\s#'"\-[{][^:#]*?|-[^\s:#][^:#]*?)\s*:(?=\s|$)/

function unquote(key: string): string {
  return /^(["']).*\1$/.test(key) ? key.slice(1, -1) : key
}

class Outline {
  readonly stack: Entry[] = []
  private readonly counters = new Map<string, number>()

  path(): (string | number)[] {
    return this.stack.map((e) => e.seg)
  }

  /** Pops entries that cannot be parents of content at `indent` (a dash line when `isDash`). */
  popFor(indent: number, isDash: boolean): void {
    for (;;) {
      const top = this.stack[this.stack.length - 1]
      if (!top) return
      const deeper = top.indent > indent
      const same = top.indent === indent && (!isDash || top.isItem || !top.open)
      if (!deeper && !same) return
      this.stack.pop()
    }
  }

  pushItem(indent: number): void {
    const key = `${this.path().join('\u0000')}|${indent}`
    const index = this.counters.get(key) ?? 0
    this.counters.set(key, index + 1)
    this.stack.push({ indent, seg: index, isItem: true, open: true, scalar: false })
  }

  insideScalar(indent: number): boolean {
    const top = this.stack[this.stack.length - 1]
    return !!top && top.scalar && indent > top.indent
  }

  reset(): void {
    this.stack.length = 0
    this.counters.clear()
  }
}

/** Reads one line into the outline; returns the key it defines, if any. */
function readLine(outline: Outline, line: string): LineKey | undefined {
  if (/^(---|\.\.\.)(\s|$)/.test(line)) {
    outline.reset()
    return undefined
  }
  let indent = line.length - line.trimStart().length
  let rest = line.slice(indent)
  if (rest === '' || rest.startsWith('#') || outline.insideScalar(indent)) return undefined
  while (rest === '-' || rest.startsWith('- ')) {
    outline.popFor(indent, true)
    outline.pushItem(indent)
    const after = rest.slice(1)
    const gap = after.length - after.trimStart().length
    indent += 1 + gap
    rest = after.trimStart()
    if (rest === '') return undefined
  }
  const match = KEY_RE.exec(rest)
  if (!match?.[1]) return undefined
  outline.popFor(indent, false)
  const key = unquote(match[1].trim())
  const value = rest.slice(match[0].length).trim()
  const open = value === '' || value.startsWith('#')
  const scalar = /^[|>][-+0-9]*\s*(#.*)?$/.test(value)
  const path = [...outline.path(), key]
  outline.stack.push({ indent, seg: key, isItem: false, open, scalar })
  return { path, key, keyStart: indent + 1, valueStart: indent + match[0].length + 1 }
}

/** The key defined on 1-based `lineNumber` and its full path, when that line holds a key. */
export function keyAtLine(lines: readonly string[], lineNumber: number): LineKey | undefined {
  const outline = new Outline()
  let found: LineKey | undefined
  for (let i = 0; i < lineNumber && i < lines.length; i++) {
    found = readLine(outline, lines[i] ?? '')
  }
  return found
}

/**
 * The path under which a key typed at 1-based `column` (its first character) of `lineNumber`
 * would land, reading only the lines above. A leading `- ` on the line makes it a new list item.
 */
export function parentPathAt(
  lines: readonly string[],
  lineNumber: number,
  column: number,
  isNewItem: boolean,
): SpecPath {
  const outline = new Outline()
  for (let i = 0; i < lineNumber - 1 && i < lines.length; i++) readLine(outline, lines[i] ?? '')
  const indent = column - 1
  if (isNewItem) {
    const dashIndent = Math.max(0, indent - 2)
    outline.popFor(dashIndent, true)
    outline.pushItem(dashIndent)
    return outline.path()
  }
  outline.popFor(indent, false)
  return outline.path()
}

/** The key each line defines (index 0 is line 1), read in one pass. */
export function keysByLine(lines: readonly string[]): (LineKey | undefined)[] {
  const outline = new Outline()
  return lines.map((line) => readLine(outline, line))
}
