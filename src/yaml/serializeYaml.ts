/**
 * Fresh YAML text for values the studio builds (new documents, exports, inserted blocks).
 * Two-space indent, no line folding, and YAML 1.1-safe quoting (`'on'`, `"yes"`), because the
 * Kubernetes API server reads manifests with a YAML 1.1 parser. Pure.
 */
import { Document, isCollection, stringify, type ToStringOptions } from 'yaml'

export const SERIALIZE_OPTIONS = {
  indent: 2,
  lineWidth: 0,
  compat: 'yaml-1.1',
  aliasDuplicateObjects: false,
} as const

/** Block YAML for `value`, ending with one newline ('' for undefined). */
export function serializeYaml(value: unknown): string {
  if (value === undefined) return ''
  return stringify(value, SERIALIZE_OPTIONS)
}

/** One-line text for a scalar, preferring `style` (the old node's quoting) when it is safe. */
export function formatScalar(value: unknown, style?: string): string {
  if (typeof value === 'string') {
    const type = style === 'QUOTE_DOUBLE' || style === 'QUOTE_SINGLE' ? style : 'PLAIN'
    const out = stringify(value, { ...SERIALIZE_OPTIONS, defaultStringType: type }).replace(
      /\n$/,
      '',
    )
    // A JSON string is a valid YAML double-quoted scalar and always fits on one line.
    return out.includes('\n') ? JSON.stringify(value) : out
  }
  if (
    value === null ||
    typeof value === 'number' ||
    typeof value === 'boolean' ||
    typeof value === 'bigint'
  ) {
    return stringify(value, SERIALIZE_OPTIONS).replace(/\n$/, '')
  }
  throw new TypeError(`Cannot write a ${typeof value} as a YAML scalar.`)
}

/** A scalar inside `{...}`/`[...]`: plain text with flow indicators (`,[]{}:#`) is quoted. */
export function formatFlowScalar(value: unknown, style?: string): string {
  const out = formatScalar(value, style)
  if (typeof value !== 'string' || out.startsWith('"') || out.startsWith("'")) return out
  return /[,[\]{}:#]/.test(out) ? JSON.stringify(value) : out
}

/** One-line flow text (`{ a: 1, b: [ x ] }`) for a collection written in flow style. */
export function formatFlow(value: unknown): string {
  const doc = new Document(value, { aliasDuplicateObjects: false, compat: 'yaml-1.1' })
  if (isCollection(doc.contents)) doc.contents.flow = true
  const opts: ToStringOptions = { indent: 2, lineWidth: 0 }
  const out = doc.toString(opts).replace(/\n$/, '')
  // Multi-line strings make the library break the collection over lines; stay on one line.
  return out.includes('\n') ? oneLineFlow(value) : out
}

/** JSON-like flow text (valid YAML): strings double-quoted, other scalars as YAML writes them. */
function oneLineFlow(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value)
  if (Array.isArray(value)) return '[' + value.map((v: unknown) => oneLineFlow(v)).join(', ') + ']'
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${oneLineFlow(v)}`)
    return '{' + entries.join(', ') + '}'
  }
  return formatScalar(value)
}

/** `value` as block lines, each indented by `indent` spaces, joined by `eol`, no final break. */
export function formatBlock(value: unknown, indent: number, eol: string): string {
  const pad = ' '.repeat(indent)
  return serializeYaml(value)
    .replace(/\n$/, '')
    .split('\n')
    .map((line) => (line.length > 0 ? pad + line : line))
    .join(eol)
}
