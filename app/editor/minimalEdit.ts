/**
 * The smallest single replacement that turns one text into another (common prefix and suffix
 * trimmed). The editor applies external changes (form, fix, undo, import) this way so the cursor,
 * the selection and the scroll position outside the changed span stay where they were.
 * Pure: no Monaco, no DOM.
 */

export interface TextReplacement {
  /** 0-based UTF-16 offset in the old text where the replaced span starts. */
  readonly start: number
  /** 0-based UTF-16 offset in the old text where the replaced span ends (exclusive). */
  readonly end: number
  /** What goes in its place. */
  readonly text: string
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}

/** Returns undefined when the texts are equal. Never splits a surrogate pair or a CRLF. */
export function computeMinimalEdit(before: string, after: string): TextReplacement | undefined {
  if (before === after) return undefined
  const max = Math.min(before.length, after.length)
  let prefix = 0
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++
  // Step back out of a surrogate pair or between \r and \n.
  if (
    prefix > 0 &&
    (isLowSurrogate(before.charCodeAt(prefix)) || isLowSurrogate(after.charCodeAt(prefix)))
  )
    prefix--
  if (
    prefix > 0 &&
    (before[prefix] === '\n' || after[prefix] === '\n') &&
    before[prefix - 1] === '\r'
  )
    prefix--
  let suffix = 0
  const maxSuffix = max - prefix
  while (
    suffix < maxSuffix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) {
    suffix++
  }
  if (suffix > 0 && isHighSurrogate(before.charCodeAt(before.length - 1 - suffix))) suffix--
  if (
    suffix > 0 &&
    before[before.length - suffix] === '\n' &&
    before[before.length - suffix - 1] === '\r'
  )
    suffix--
  return {
    start: prefix,
    end: before.length - suffix,
    text: after.slice(prefix, after.length - suffix),
  }
}

/** Applies a replacement (the inverse check used by tests and by the plain editor). */
export function applyReplacement(text: string, edit: TextReplacement): string {
  return text.slice(0, edit.start) + edit.text + text.slice(edit.end)
}
