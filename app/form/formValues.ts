/**
 * Parsing and formatting between form inputs and resource values. Pure; no React.
 * An empty input always means "delete the key" so operator defaults stay out of the YAML.
 */

/** The text shown for an operator default (placeholder), or '' when there is none. */
export function formatDefault(value: unknown): string {
  if (value === undefined || value === null) return ''
  if (Array.isArray(value)) return value.map((v) => formatDefault(v)).join(', ')
  if (typeof value === 'object') return JSON.stringify(value)
  return String(value)
}

export type NumberParse =
  | { readonly kind: 'empty' }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'invalid' }

/** Parses a number input; integers only when `integer` is set. */
export function parseNumberInput(text: string, integer: boolean): NumberParse {
  const t = text.trim()
  if (t === '') return { kind: 'empty' }
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(t)) return { kind: 'invalid' }
  const n = Number(t)
  if (!Number.isFinite(n) || (integer && !Number.isInteger(n))) return { kind: 'invalid' }
  return { kind: 'number', value: n }
}

/** The text an input shows for a stored value (numbers and strings as written; others as JSON). */
export function valueToText(value: unknown): string {
  if (value === undefined || value === null) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return JSON.stringify(value)
}

/** A text input's value for setField: trimmed-empty deletes the key. */
export function textToValue(text: string): string | undefined {
  return text === '' ? undefined : text
}

/** Reads a stored list of strings, tolerating a scalar or mixed list written by hand. */
export function toStringList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map((v) => valueToText(v))
  if (typeof value === 'string' && value !== '') return [value]
  return []
}

/** The list to store after an edit: an empty list deletes the key. */
export function listToValue(items: readonly string[]): string[] | undefined {
  return items.length === 0 ? undefined : [...items]
}
