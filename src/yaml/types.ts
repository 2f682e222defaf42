/**
 * The YAML layer's contract: positions, parse results and limits. Pure types.
 * CONTRACT FILE: the derive step, the CLI and the editor read these shapes.
 */
import type { SpecPath } from '../model/types'

/** 1-based line and column, as editors show them. `offset` is the 0-based UTF-16 index. */
export interface Position {
  readonly line: number
  readonly col: number
  readonly offset: number
}

export interface Range {
  readonly start: Position
  readonly end: Position
}

export interface YamlProblem {
  /** e.g. 'yaml-syntax', 'yaml-duplicate-key', 'yaml-limit' */
  readonly code: string
  readonly message: string
  /** The same message in Korean (optional so other producers may omit it). */
  readonly messageKo?: string
  readonly range: Range
}

export interface YamlLimits {
  /** Largest input in characters (default 5 MiB + a margin). */
  readonly maxChars: number
  /** Deepest nesting of collections (default 200). */
  readonly maxDepth: number
  /** Most alias expansions / resolved nodes (default 10,000 via yaml's maxAliasCount). */
  readonly maxAliasCount: number
  /** Most documents in one stream (default 1,000). */
  readonly maxDocuments: number
}

export interface ParsedDocument {
  readonly index: number
  /** The document as plain JS (null for an empty document). Never has a prototype-polluting key. */
  readonly value: unknown
  readonly errors: readonly YamlProblem[]
  readonly warnings: readonly YamlProblem[]
  /** The document's own span in the whole text. */
  readonly range: Range
  /**
   * Where the value at `path` is written. When the path does not exist, the nearest existing
   * ancestor's key is returned with `exact: false`, so a finding on an absent field still has a line.
   */
  rangeOf(path: SpecPath): { readonly range: Range; readonly exact: boolean } | undefined
  /** The key's range for a map entry (the whole line's key), when it exists. */
  keyRangeOf(path: SpecPath): Range | undefined
}

export interface ParsedStream {
  readonly documents: readonly ParsedDocument[]
  /** Stream-level problems (input too large, too many documents). */
  readonly errors: readonly YamlProblem[]
  /**
   * Which reader produced this stream: the line-based fast parser or the `yaml` library (the
   * fallback for anything outside the fast subset). Added by the performance work; informative only.
   */
  readonly parser?: 'fast' | 'yaml'
}
