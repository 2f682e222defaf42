/**
 * Finds and removes secret values in YAML text without touching anything else: each secret scalar
 * is replaced in place (its own characters only), so comments, key order and formatting survive.
 * Pure: text in, text out.
 */
import { isAlias, isMap, isScalar, isSeq, parseAllDocuments, type Document, type Node } from 'yaml'
import { pathToString } from '../model'
import { isSecretEnvName, isSecretKey } from './secretKeys'

/** What the share dialog lists: the document, the dotted path and the key that held a secret. */
export interface RemovedSecret {
  readonly document: number
  readonly path: string
  readonly key: string
  /** Set when the secret was in a shared baseline of this name rather than in the config. */
  readonly baseline?: string
}

/** The text written in place of a removed secret. */
export const REDACTED = '<redacted>'

interface Hit extends RemovedSecret {
  readonly start: number
  readonly end: number
}

type Segment = string | number

/** Every secret value in the text (non-empty scalars under secret-looking keys, Secret data, secret env values). */
export function findSecrets(source: string): RemovedSecret[] {
  return redactSecrets(source).removed
}

/** The text with every secret value replaced by `<redacted>`, and the list of what was replaced. */
export function redactSecrets(source: string): { text: string; removed: RemovedSecret[] } {
  const { hits, broken } = collectHits(source)
  const byStart = [...new Map(hits.map((h) => [h.start, h])).values()].sort(
    (a, b) => b.start - a.start,
  )
  let text = source
  for (const h of byStart) {
    const old = text.slice(h.start, h.end)
    const trailing = /\s*$/.exec(old)?.[0] ?? ''
    text = text.slice(0, h.start) + REDACTED + trailing + text.slice(h.end)
  }
  const removed = hits.map(({ document, path, key }) => ({ document, path, key }))
  return broken ? redactLines(text, removed) : { text, removed }
}

/**
 * Last line of defence for text the parser could not fully read: any `key: value` line whose key
 * looks secret has its value replaced, so a syntax error elsewhere never lets a password through.
 */
function redactLines(
  text: string,
  removed: RemovedSecret[],
): { text: string; removed: RemovedSecret[] } {
  let document = 0
  const lines = text.split('\n').map((line) => {
    if (/^---(\s|$)/.test(line)) document++
    const m = /^(\s*(?:-\s+)?["']?([^\s"':#][^"':#]*?)["']?\s*:\s+)(\S.*?)(\s+#.*)?(\r?)$/.exec(
      line,
    )
    if (!m || !isSecretKey(m[2] ?? '') || m[3] === REDACTED || /^[|>{[&*!]/.test(m[3] ?? ''))
      return line
    removed.push({ document, path: m[2] ?? '', key: m[2] ?? '' })
    return `${m[1] ?? ''}${REDACTED}${m[4] ?? ''}${m[5] ?? ''}`
  })
  return { text: lines.join('\n'), removed }
}

function collectHits(source: string): { hits: Hit[]; broken: boolean } {
  const hits: Hit[] = []
  let docs: Document.Parsed[]
  try {
    docs = parseAllDocuments(source, { uniqueKeys: false }) as Document.Parsed[]
  } catch {
    return { hits, broken: true }
  }
  if (!Array.isArray(docs)) return { hits, broken: false }
  let broken = docs.some((d) => d.errors.length > 0)
  docs.forEach((doc, index) => {
    const isSecretKind =
      isMap(doc.contents) && scalarText(doc.contents.get('kind', true)) === 'Secret'
    const walker = new Walker(doc, index, isSecretKind, hits)
    walker.visit(doc.contents, [], false, 0)
    broken ||= walker.truncated
  })
  return { hits, broken }
}

function scalarText(node: unknown): string | undefined {
  return isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number')
    ? String(node.value)
    : undefined
}

const MAX_DEPTH = 500

class Walker {
  private readonly doc: Document.Parsed
  private readonly index: number
  private readonly isSecretKind: boolean
  private readonly hits: Hit[]
  private readonly expanded = new Set<unknown>()
  /** Set when nesting went deeper than the walker follows. */
  truncated = false

  constructor(doc: Document.Parsed, index: number, isSecretKind: boolean, hits: Hit[]) {
    this.doc = doc
    this.index = index
    this.isSecretKind = isSecretKind
    this.hits = hits
  }

  visit(node: unknown, path: Segment[], secret: boolean, depth: number): void {
    if (node == null) return
    if (depth > MAX_DEPTH) {
      this.truncated = true
      return
    }
    if (isScalar(node)) this.scalar(node, path, secret)
    else if (isAlias(node)) this.alias(node, path, secret, depth)
    else if (isMap(node)) this.map(node.items, path, secret, depth)
    else if (isSeq(node))
      node.items.forEach((item, i) => this.visit(item, [...path, i], secret, depth + 1))
  }

  private map(
    items: readonly { key: unknown; value: unknown }[],
    path: Segment[],
    secret: boolean,
    depth: number,
  ): void {
    const envName = scalarText(items.find((p) => scalarText(p.key) === 'name')?.value)
    for (const pair of items) {
      const key = scalarText(pair.key) ?? ''
      const childPath = [...path, key]
      const isSecretData =
        this.isSecretKind && path.length === 0 && (key === 'data' || key === 'stringData')
      const isEnvValue = key === 'value' && envName !== undefined && isSecretEnvName(envName)
      const childSecret = secret || isSecretData || isEnvValue || isSecretKey(key)
      this.visit(pair.value, childPath, childSecret, depth + 1)
    }
  }

  private scalar(
    node: Node & { value?: unknown; range?: unknown },
    path: Segment[],
    secret: boolean,
  ): void {
    if (!secret || !node.range) return
    const value = (node as { value: unknown }).value
    if (value === null || value === '' || value === REDACTED) return
    const [start, end] = node.range
    if (end <= start) return
    this.record(start, end, path)
  }

  private alias(
    node: Node & { range?: unknown },
    path: Segment[],
    secret: boolean,
    depth: number,
  ): void {
    if (!secret || !node.range) return
    this.record(node.range[0], node.range[1], path)
    // The anchored original may sit under an innocent key; the value it points at is secret too.
    // Each target is expanded once, so alias chains ("billion laughs") stay linear.
    const target = isAlias(node) ? node.resolve(this.doc) : undefined
    if (!target || isAlias(target) || this.expanded.has(target)) return
    this.expanded.add(target)
    this.visit(target, path, true, depth + 1)
  }

  private record(start: number, end: number, path: Segment[]): void {
    const last = [...path].reverse().find((s): s is string => typeof s === 'string') ?? ''
    this.hits.push({ document: this.index, path: pathToString(path), key: last, start, end })
  }
}
