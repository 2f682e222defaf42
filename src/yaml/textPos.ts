/**
 * Offsets in YAML text: line starts and ends, columns, and where a node's written content ends.
 * Pure string arithmetic, O(line length) per call.
 */
import type { Node } from 'yaml'

/** Offset of the first character of the line holding `off`. */
export function lineStartOf(text: string, off: number): number {
  return text.lastIndexOf('\n', off - 1) + 1
}

/** Offset where the line holding `off` ends (before its `\n` or `\r\n`), or the text length. */
export function lineEndOf(text: string, off: number): number {
  const nl = text.indexOf('\n', off)
  if (nl < 0) return text.length
  return nl > 0 && text[nl - 1] === '\r' ? nl - 1 : nl
}

/** Offset just after the line terminator of the line holding `off` (or the text length). */
export function nextLineStart(text: string, off: number): number {
  const nl = text.indexOf('\n', off)
  return nl < 0 ? text.length : nl + 1
}

export function columnOf(text: string, off: number): number {
  return off - lineStartOf(text, off)
}

export function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text[i]
    if (c !== ' ' && c !== '\t') return false
  }
  return true
}

/** The line terminator the text already uses (CRLF when any line has one). */
export function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n'
}

/** End of what is written for `node`, without trailing line breaks (block scalars keep them). */
export function contentEnd(text: string, node: Node): number {
  const range = node.range
  if (!range) return 0
  let end = range[1]
  while (end > range[0]) {
    const c = text[end - 1]
    if (c !== '\n' && c !== '\r' && c !== ' ' && c !== '\t') break
    end--
  }
  return end
}
