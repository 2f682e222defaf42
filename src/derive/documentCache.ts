/**
 * Per-document memo for deriveDocument: in a multi-document stream, a document whose own text did
 * not change is neither re-parsed (the fast YAML path caches its tree) nor re-checked. Its
 * findings are reused with their positions shifted by how far the document moved. Only streams read
 * by the fast parser are memoized (its documents depend on their own text alone).
 * A cache is an object: deriveDocument takes one in its options, and uses SHARED_DOCUMENT_CACHE
 * (the folder's only module state) when none is given.
 */
import type { Position, Range } from '../yaml/types'
import type { DerivedDocument, LocatedFinding } from './types'

interface Entry {
  readonly rules: unknown
  readonly baseline: unknown
  readonly context: string
  readonly startOffset: number
  readonly startLine: number
  readonly derived: DerivedDocument
}

const MAX_ENTRIES = 16
const MAX_TEXT = 4 * 1024 * 1024

/**
 * What a memo key depends on besides the text: the rule list and the baseline, by identity, and
 * the other documents' Secrets and ConfigMaps the checks read (serialized; '' or absent when none).
 */
export interface CacheScope {
  readonly rules?: unknown
  readonly baseline?: unknown
  readonly context?: string
}

export interface DocumentCacheStats {
  /** Documents answered from the memo, and documents checked afresh. */
  readonly reused: number
  readonly checked: number
}

export interface DocumentCache {
  /** A memoized document for this text, scope and place, or undefined. */
  reuse(
    text: string,
    scope: CacheScope,
    index: number,
    start: Position,
  ): DerivedDocument | undefined
  /** Remembers a derived document under its own text. */
  remember(text: string, scope: CacheScope, start: Position, derived: DerivedDocument): void
  /** A snapshot of the counters. */
  stats(): DocumentCacheStats
}

function shiftPos(p: Position, dOffset: number, dLine: number): Position {
  return { line: p.line + dLine, col: p.col, offset: p.offset + dOffset }
}

function shiftRange(r: Range, dOffset: number, dLine: number): Range {
  return { start: shiftPos(r.start, dOffset, dLine), end: shiftPos(r.end, dOffset, dLine) }
}

function shiftFinding(f: LocatedFinding, dOffset: number, dLine: number): LocatedFinding {
  return f.range ? { ...f, range: shiftRange(f.range, dOffset, dLine) } : f
}

/** A fresh, empty cache (16 documents, 4 MiB of text each at most). */
export function createDocumentCache(): DocumentCache {
  const memo = new Map<string, Entry>()
  let reused = 0
  let checked = 0
  return {
    reuse(text, scope, index, start) {
      const e = memo.get(text)
      if (
        !e ||
        e.rules !== scope.rules ||
        e.baseline !== scope.baseline ||
        e.context !== (scope.context ?? '')
      )
        return undefined
      reused++
      const dOffset = start.offset - e.startOffset
      const dLine = start.line - e.startLine
      if (dOffset === 0 && dLine === 0 && e.derived.index === index) return e.derived
      return {
        ...e.derived,
        index,
        findings: e.derived.findings.map((f) => shiftFinding(f, dOffset, dLine)),
      }
    },
    remember(text, scope, start, derived) {
      checked++
      if (text.length > MAX_TEXT) return
      memo.delete(text)
      memo.set(text, {
        rules: scope.rules,
        baseline: scope.baseline,
        context: scope.context ?? '',
        startOffset: start.offset,
        startLine: start.line,
        derived,
      })
      for (const k of memo.keys()) {
        if (memo.size <= MAX_ENTRIES) break
        memo.delete(k)
      }
    },
    stats: () => ({ reused, checked }),
  }
}

/** The cache deriveDocument uses when its caller passes none (the studio and the CLI share it). */
export const SHARED_DOCUMENT_CACHE: DocumentCache = createDocumentCache()
