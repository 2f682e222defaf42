/**
 * Text -> documents with plain values, problems and lazy path positions. Never throws and never
 * executes anything: unknown tags stay data, aliases are bounded, `__proto__` keys are dropped.
 * Pure: no DOM, no Node.
 */
import { isAlias, visit, type Document, type LineCounter, type YAMLError } from 'yaml'
import type { SpecPath } from '../model/types'
import {
  composeStreamCached,
  DEFAULT_LIMITS,
  limitProblem,
  type ComposedDocument,
  type LimitProblem,
} from './compose'
import { findDuplicateKeys } from './duplicateKeys'
import { parseFast } from './fastStream'
import { duplicateProblem, toRange } from './ranges'
import { buildPathIndex, pathKey, type PathIndex } from './pathIndex'
import { koreanProblemText } from './problemText'
import { stripUnsafeKeys } from './sanitize'
import type { ParsedDocument, ParsedStream, Range, YamlLimits, YamlProblem } from './types'

export { DEFAULT_LIMITS }

function fromLimit(lc: LineCounter, p: LimitProblem): YamlProblem {
  return {
    code: p.code,
    message: p.message,
    messageKo: p.messageKo,
    range: toRange(lc, p.start, p.end),
  }
}

function fromYamlError(lc: LineCounter, e: YAMLError): YamlProblem {
  const code =
    e.code === 'DUPLICATE_KEY'
      ? 'yaml-duplicate-key'
      : e.code === 'TAG_RESOLVE_FAILED'
        ? 'yaml-tag'
        : 'yaml-syntax'
  const message =
    e.code === 'TAG_RESOLVE_FAILED'
      ? `${e.message}; the value is kept as plain data and never executed.`
      : e.message
  return {
    code,
    message,
    messageKo: koreanProblemText(e.code),
    range: toRange(lc, e.pos[0], e.pos[1]),
  }
}

interface Extracted {
  readonly value: unknown
  readonly limit?: LimitProblem
  readonly unsafe: readonly SpecPath[]
}

/** The first alias whose anchor is not defined before it (YAML reads `***` as one: `*` then `**`). */
function undefinedAlias(
  doc: Document.Parsed,
): { source: string; start: number; end: number } | undefined {
  const anchors = new Set<string>()
  let found: { source: string; start: number; end: number } | undefined
  visit(doc, (_key, node) => {
    if (isAlias(node)) {
      if (!anchors.has(node.source)) {
        const [start, end] = node.range ?? [0, 0]
        found = { source: node.source, start, end }
        return visit.BREAK
      }
      return undefined
    }
    const anchor = (node as { anchor?: unknown }).anchor
    if (typeof anchor === 'string') anchors.add(anchor)
    return undefined
  })
  return found
}

function undefinedAliasProblem(
  lc: LineCounter,
  alias: { source: string; start: number; end: number },
): LimitProblem {
  const line = lc.linePos(alias.start).line
  const hint =
    alias.source.startsWith('*') || alias.source === ''
      ? ' A redacted value such as *** reads as an alias; put it in quotes ("***") or paste the real value.'
      : ` Define the anchor with &${alias.source} before it, or quote the value if it is text.`
  const problem = limitProblem(
    `Undefined alias *${alias.source} on line ${line}: YAML reads a value starting with * as a reference to an anchor, and no anchor &${alias.source} comes before it, so this document is not read.${hint}`,
    `${line}행의 정의되지 않은 별칭 *${alias.source}: YAML은 *로 시작하는 값을 앵커 참조로 읽는데 앞에 앵커 &${alias.source}가 없어 이 문서를 읽지 않습니다. ${alias.source.startsWith('*') || alias.source === '' ? '*** 같은 가려진 값은 별칭으로 읽히므로 따옴표("***")로 감싸거나 실제 값을 붙여 넣으세요.' : `앞에 &${alias.source}로 앵커를 정의하거나 텍스트라면 따옴표로 감싸세요.`}`,
    alias.start,
    alias.end,
  )
  return { ...problem, code: 'yaml-undefined-alias' }
}

function extractValue(
  doc: Document.Parsed,
  limits: YamlLimits,
  mayHaveProto: boolean,
  lc: LineCounter,
): Extracted {
  try {
    const raw: unknown = doc.toJS({ maxAliasCount: limits.maxAliasCount })
    const unsafe: SpecPath[] = []
    // The walk is skipped when the text cannot hold the key at all (the common case).
    return { value: mayHaveProto ? stripUnsafeKeys(raw, unsafe) : raw, unsafe }
  } catch (err) {
    const start = doc.contents?.range?.[0] ?? doc.range[0]
    const missing = err instanceof ReferenceError ? undefinedAlias(doc) : undefined
    if (missing) return { value: null, unsafe: [], limit: undefinedAliasProblem(lc, missing) }
    const bomb = err instanceof ReferenceError
    const limit = bomb
      ? limitProblem(
          `Aliases expand to more than ${limits.maxAliasCount} values (an alias bomb); this document is not read.`,
          `별칭이 ${limits.maxAliasCount}개가 넘는 값으로 펼쳐집니다(별칭 폭탄). 이 문서는 읽지 않습니다.`,
          start,
          start,
        )
      : limitProblem(
          `This document could not be read: ${String(err)}`,
          `이 문서를 읽을 수 없습니다: ${String(err)}`,
          start,
          start,
        )
    return { value: null, unsafe: [], limit }
  }
}

function buildDocument(
  text: string,
  lc: LineCounter,
  c: ComposedDocument,
  index: number,
  limits: YamlLimits,
): ParsedDocument {
  const range = toRange(lc, c.start, c.end)
  const doc = c.doc
  if (!doc) {
    const errors = c.limit ? [fromLimit(lc, c.limit)] : []
    return {
      index,
      value: null,
      errors,
      warnings: [],
      range,
      rangeOf: () => ({ range, exact: false }),
      keyRangeOf: () => undefined,
    }
  }
  const extracted = extractValue(doc, limits, text.includes('__proto__'), lc)
  let pathIndex: PathIndex | undefined
  const getIndex = (): PathIndex => (pathIndex ??= buildPathIndex(text, doc.contents))
  const rangeOf = (path: SpecPath): { range: Range; exact: boolean } => {
    const idx = getIndex()
    for (let n = path.length; n >= 0; n--) {
      const e = idx.get(pathKey(n === path.length ? path : path.slice(0, n)))
      if (!e) continue
      const span = n === path.length ? e.value : (e.key ?? e.value)
      return { range: toRange(lc, span[0], span[1]), exact: n === path.length }
    }
    return { range, exact: false }
  }
  const keyRangeOf = (path: SpecPath): Range | undefined => {
    const key = getIndex().get(pathKey(path))?.key
    return key ? toRange(lc, key[0], key[1]) : undefined
  }
  const errors = doc.errors.map((e) => fromYamlError(lc, e))
  for (const d of findDuplicateKeys(doc.contents))
    errors.push(duplicateProblem(lc, d.key, d.start, d.end))
  if (extracted.limit) errors.push(fromLimit(lc, extracted.limit))
  const warnings = doc.warnings.map((e) => fromYamlError(lc, e))
  for (const p of extracted.unsafe) {
    warnings.push({
      code: 'yaml-unsafe-key',
      message: 'A `__proto__` key was ignored: it could change how objects behave.',
      messageKo: '`__proto__` 키는 객체 동작을 바꿀 수 있어 무시했습니다.',
      range: rangeOf(p).range,
    })
  }
  return { index, value: extracted.value, errors, warnings, range, rangeOf, keyRangeOf }
}

/** The `yaml` library path only (the fallback; tests compare the fast path against it). */
export function parseYamlSlow(text: string, limits?: Partial<YamlLimits>): ParsedStream {
  const lim: YamlLimits = { ...DEFAULT_LIMITS, ...limits }
  const stream = composeStreamCached(text, lim)
  const lc = stream.lineCounter
  return {
    documents: stream.documents.map((c, i) => buildDocument(text, lc, c, i, lim)),
    errors: stream.errors.map((p) => fromLimit(lc, p)),
    parser: 'yaml',
  }
}

/** Parses a (multi-document) YAML stream. Limits default to DEFAULT_LIMITS. */
export function parseYaml(text: string, limits?: Partial<YamlLimits>): ParsedStream {
  const lim: YamlLimits = { ...DEFAULT_LIMITS, ...limits }
  return parseFast(text, lim) ?? parseYamlSlow(text, lim)
}
