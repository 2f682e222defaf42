/**
 * Builds the milvus.yaml key catalogue: every key path with the type its default implies, the
 * default itself and the line where it sits in the published file. Comments are read only to find
 * sections that the file leaves commented out (`# kafka:` ...); their text is never copied.
 * Pure: text in, rows out (the script and the staleness test both call it).
 */
import { isMap, isScalar, isSeq, LineCounter, parse, parseDocument, type Node } from 'yaml'

/** [path, type code, default, line, commented-out]; see src/model/configCatalogue.ts for codes. */
export type ConfigRow = readonly [string, string, string | number | boolean | null, number, 0 | 1]

const KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/

/** Type code of a default value: b(ool) i(nteger) f(loat) s(tring) l(ist) o(bject) n(o default). */
export function typeCode(value: unknown): string {
  if (typeof value === 'boolean') return 'b'
  if (typeof value === 'number') return Number.isInteger(value) ? 'i' : 'f'
  if (typeof value === 'string') return value === '' ? 'n' : 's'
  if (Array.isArray(value)) return 'l'
  if (value !== null && typeof value === 'object')
    return Object.keys(value).length === 0 ? 'n' : 'o'
  return 'n'
}

function scalarDefault(value: unknown): string | number | boolean | null {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return value
  return null
}

function walkActive(
  node: Node | null,
  prefix: string,
  lines: LineCounter,
  out: Map<string, ConfigRow>,
): void {
  if (!isMap(node)) return
  for (const pair of node.items) {
    if (!isScalar(pair.key)) continue
    const key = String(pair.key.value)
    const path = prefix === '' ? key : `${prefix}.${key}`
    const line = lines.linePos(pair.key.range?.[0] ?? 0).line
    const value = pair.value as Node | null
    const js: unknown = isScalar(value)
      ? value.value
      : isSeq(value)
        ? []
        : isMap(value)
          ? value.items.length
            ? { x: 1 }
            : {}
          : null
    out.set(path, [path, typeCode(js), scalarDefault(js), line, 0])
    walkActive(value, path, lines, out)
  }
}

interface CommentRun {
  readonly start: number // 1-based line of the first comment line
  readonly column: number // column of '#'
  readonly texts: readonly string[]
}

function commentRuns(text: string): CommentRun[] {
  const runs: CommentRun[] = []
  let current: { start: number; column: number; texts: string[] } | undefined
  text.split('\n').forEach((raw, i) => {
    const m = /^(\s*)#(.*)$/.exec(raw)
    if (m && (!current || (m[1] ?? '').length === current.column)) {
      current ??= { start: i + 1, column: (m[1] ?? '').length, texts: [] }
      current.texts.push(m[2] ?? '')
      return
    }
    if (current) runs.push(current)
    current = m ? { start: i + 1, column: (m[1] ?? '').length, texts: [m[2] ?? ''] } : undefined
  })
  if (current) runs.push(current)
  return runs
}

function allKeysPlain(value: unknown): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return true
  return Object.entries(value).every(([k, v]) => KEY.test(k) && allKeysPlain(v))
}

/** The section a comment run spells out, if the tail of the run is exactly one `key:` mapping. */
function commentedSection(
  run: CommentRun,
): { offset: number; value: Record<string, unknown> } | undefined {
  for (let offset = 0; offset < run.texts.length - 1; offset += 1) {
    const body = run.texts.slice(offset)
    if (!/^\s*[a-z][A-Za-z0-9_]*:\s*$/.test(body[0] ?? '')) continue
    try {
      const value: unknown = parse(body.join('\n'))
      if (value === null || typeof value !== 'object' || Array.isArray(value)) continue
      const entries = Object.entries(value)
      const first = entries[0]?.[1]
      if (
        entries.length !== 1 ||
        first === null ||
        typeof first !== 'object' ||
        !allKeysPlain(value)
      )
        continue
      return { offset, value: value as Record<string, unknown> }
    } catch {
      continue
    }
  }
  return undefined
}

/** Parent path of a comment at `column`: the nearest active key above it with a smaller indent. */
function parentAt(
  text: string,
  line: number,
  column: number,
  rows: Map<string, ConfigRow>,
): string {
  const byLine = new Map([...rows.values()].map((r) => [r[3], r[0]]))
  const lines = text.split('\n')
  for (let i = line - 1; i >= 1; i -= 1) {
    const m = /^(\s*)[A-Za-z_]/.exec(lines[i - 1] ?? '')
    if (m && (m[1] ?? '').length < column) return byLine.get(i) ?? ''
  }
  return ''
}

interface CommentedBlock {
  readonly firstLine: number
  readonly texts: readonly string[]
}

function addCommented(
  value: unknown,
  prefix: string,
  from: number,
  block: CommentedBlock,
  out: Map<string, ConfigRow>,
): void {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return
  for (const [key, child] of Object.entries(value)) {
    const path = prefix === '' ? key : `${prefix}.${key}`
    const found = block.texts.findIndex((t, i) => i >= from && t.trimStart().startsWith(`${key}:`))
    const index = Math.max(from, found)
    if (!out.has(path))
      out.set(path, [path, typeCode(child), scalarDefault(child), block.firstLine + index, 1])
    addCommented(child, path, index, block, out)
  }
}

/** Every key of milvus.yaml, in file order, with commented-out sections whose top key is not active. */
export function buildConfigRows(text: string): ConfigRow[] {
  const lines = new LineCounter()
  const doc = parseDocument(text, { lineCounter: lines })
  const rows = new Map<string, ConfigRow>()
  walkActive(doc.contents as Node | null, '', lines, rows)
  for (const run of commentRuns(text)) {
    const section = commentedSection(run)
    if (!section) continue
    const parent = parentAt(text, run.start, run.column, rows)
    const top = Object.keys(section.value)[0] ?? ''
    if (rows.has(parent === '' ? top : `${parent}.${top}`)) continue
    addCommented(
      section.value,
      parent,
      0,
      { firstLine: run.start + section.offset, texts: run.texts.slice(section.offset) },
      rows,
    )
  }
  return [...rows.values()].sort((a, b) => a[3] - b[3])
}
