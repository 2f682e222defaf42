/**
 * Text -> yaml Documents, guarded by limits. The CST parser is iterative, so it runs first; the
 * composer (recursive) only sees documents whose nesting depth passed a cheap iterative check.
 * Pure: no DOM, no Node. Shared by parseYaml (positions, values) and the editors (AST ranges).
 */
import { Composer, LineCounter, Parser, type CST, type Document } from 'yaml'
import type { YamlLimits } from './types'
import { createTextCache } from './textCache'

/**
 * Options every parse in this folder uses, so edits and reads agree on what a node is.
 * `uniqueKeys` is off because the library's check is quadratic; see duplicateKeys.ts.
 */
export const YAML_OPTIONS = { prettyErrors: false, uniqueKeys: false, strict: true } as const

export const DEFAULT_LIMITS: YamlLimits = {
  maxChars: 6 * 1024 * 1024,
  maxDepth: 200,
  maxAliasCount: 10_000,
  maxDocuments: 1_000,
}

/** A problem found before composing: the whole stream or one document is refused. */
export interface LimitProblem {
  readonly code: 'yaml-limit' | 'yaml-undefined-alias'
  readonly message: string
  readonly messageKo: string
  readonly start: number
  readonly end: number
}

export interface ComposedDocument {
  /** Absent when the document was refused (too deep); see `limit`. */
  readonly doc?: Document.Parsed
  readonly limit?: LimitProblem
  readonly start: number
  readonly end: number
}

export interface ComposedStream {
  readonly documents: readonly ComposedDocument[]
  readonly errors: readonly LimitProblem[]
  readonly lineCounter: LineCounter
}

type Walkable = CST.Token | CST.CollectionItem['key'] | undefined

/** Deepest collection nesting inside one CST token, walked with an explicit stack. */
export function cstDepth(root: CST.Token, stopAbove: number): number {
  let max = 0
  const stack: [Walkable, number][] = [[root, 0]]
  while (stack.length > 0) {
    const [tok, depth] = stack.pop() as [Walkable, number]
    if (!tok) continue
    switch (tok.type) {
      case 'document':
        stack.push([tok.value, depth])
        break
      case 'block-map':
      case 'block-seq':
      case 'flow-collection':
        if (depth + 1 > max) max = depth + 1
        if (max > stopAbove) return max
        for (const it of tok.items)
          stack.push(['key' in it ? it.key : undefined, depth + 1], [it.value, depth + 1])
        break
      default:
        break
    }
  }
  return max
}

function limitProblem(
  message: string,
  messageKo: string,
  start: number,
  end: number,
): LimitProblem {
  return { code: 'yaml-limit', message, messageKo, start, end }
}

export { limitProblem }

/** Parses `text` into documents, refusing what exceeds `limits` without composing it. */
export function composeStream(text: string, limits: YamlLimits): ComposedStream {
  const lineCounter = new LineCounter()
  if (text.length > limits.maxChars) {
    lineCounter.addNewLine(0)
    const mb = (n: number): string => (n / 1024 / 1024).toFixed(1)
    const msg = `The text is ${mb(text.length)} MB; the studio reads at most ${mb(limits.maxChars)} MB.`
    const ko = `텍스트가 ${mb(text.length)} MB입니다. 스튜디오는 최대 ${mb(limits.maxChars)} MB까지 읽습니다.`
    return { documents: [], errors: [limitProblem(msg, ko, 0, 0)], lineCounter }
  }
  const tokens = Array.from(new Parser(lineCounter.addNewLine).parse(text))
  const docTokens = tokens.filter((t) => t.type === 'document')
  const errors: LimitProblem[] = []
  if (docTokens.length > limits.maxDocuments) {
    const cut = docTokens[limits.maxDocuments] as CST.Document
    errors.push(
      limitProblem(
        `The text holds ${docTokens.length} documents; only the first ${limits.maxDocuments} are read.`,
        `문서가 ${docTokens.length}개 있습니다. 처음 ${limits.maxDocuments}개만 읽습니다.`,
        cut.offset,
        cut.offset,
      ),
    )
  }
  const composer = new Composer(YAML_OPTIONS)
  const composed: Document.Parsed[] = []
  const slots: { limit?: LimitProblem; start: number; end: number }[] = []
  let docCount = 0
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] as CST.Token
    if (tok.type === 'document') {
      if (docCount++ >= limits.maxDocuments) break
      const end = nextOffset(tokens, i, text.length)
      const depth = cstDepth(tok, limits.maxDepth)
      if (depth > limits.maxDepth) {
        slots.push({
          start: tok.offset,
          end,
          limit: limitProblem(
            `This document nests deeper than ${limits.maxDepth} levels; it is not read.`,
            `이 문서는 ${limits.maxDepth}단계보다 깊게 중첩되어 있어 읽지 않습니다.`,
            tok.offset,
            tok.offset,
          ),
        })
        continue
      }
      slots.push({ start: tok.offset, end })
    }
    for (const doc of composer.next(tok)) composed.push(doc as Document.Parsed)
  }
  for (const doc of composer.end(docCount === 0, text.length)) composed.push(doc as Document.Parsed)
  return { documents: fillSlots(slots, composed, text.length), errors, lineCounter }
}

function nextOffset(tokens: readonly CST.Token[], i: number, fallback: number): number {
  for (let j = i + 1; j < tokens.length; j++) {
    const t = tokens[j] as CST.Token
    if (t.type === 'document') return t.offset
  }
  return fallback
}

function fillSlots(
  slots: readonly { limit?: LimitProblem; start: number; end: number }[],
  composed: readonly Document.Parsed[],
  textLength: number,
): ComposedDocument[] {
  if (slots.length === 0) {
    // An empty text (or only comments) is one empty document the studio can fill.
    const doc = composed[0]
    return [doc ? { doc, start: doc.range[0], end: doc.range[2] } : { start: 0, end: textLength }]
  }
  let next = 0
  return slots.map((slot) => {
    if (slot.limit) return slot
    const doc = composed[next++]
    return doc ? { doc, start: doc.range[0], end: Math.max(doc.range[2], slot.start) } : slot
  })
}

/**
 * Module state: the last few composed streams, keyed by limits and exact text (the store edits
 * the text it has just derived). Texts over 2 MiB are not kept: their trees would hold too much
 * memory for a small gain.
 */
const composedStreams = createTextCache<ComposedStream>(3, 2 * 1024 * 1024)

/** composeStream with a small cache keyed by the exact text and limits. */
export function composeStreamCached(text: string, limits: YamlLimits): ComposedStream {
  const key = `${limits.maxChars}/${limits.maxDepth}/${limits.maxDocuments}\n${text}`
  const hit = composedStreams.get(key)
  if (hit) return hit
  const stream = composeStream(text, limits)
  composedStreams.set(key, stream)
  return stream
}
