/**
 * The studio store's contract. One source of truth: the YAML text (`source`). A form edit patches
 * the text through the engine's comment-preserving edits; an editor edit replaces it; both re-derive.
 * CONTRACT FILE: app/form, app/editor, app/findings and app/export read these names.
 */
import type { Derived, LocatedFinding } from '../../src/derive/types'
import type { LocalizedText, MilvusResource, MsgStreamType, SpecPath } from '../../src/model/types'
import type { Patch } from '../../src/rules/types'
import type { Range } from '../../src/yaml/types'

export type Lang = 'en' | 'ko'
export type ThemeChoice = 'system' | 'light' | 'dark'
/** Where a change came from; the editor skips echoing its own edits. */
export type ChangeOrigin =
  'editor' | 'form' | 'fix' | 'import' | 'preset' | 'link' | 'undo' | 'restore'

export interface RevealRequest {
  readonly path: SpecPath
  /** Increments on every request so the same path can be revealed twice. */
  readonly nonce: number
  /** Optional exact place in the text (e.g. a syntax error's range, whose path is the root). */
  readonly range?: Range
}

export interface Baseline {
  readonly source: string
  readonly resource: MilvusResource
  readonly label: string
}

export interface DocumentSlice {
  /** The whole text, every document included, byte for byte what the editor shows. */
  source: string
  /** Increments with every change of `source`. */
  version: number
  /**
   * What the engine read from the text. Documents, resource and `ok` always belong to `source`;
   * `findings` belong to text version `findingsVersion`, which trails `version` while the worker runs.
   */
  derived: Derived
  findingsVersion: number
  /** The findings of the same text without the baseline (the same list when none is set). */
  findingsWithoutBaseline: readonly LocatedFinding[]
  /** The last resource that parsed; the form shows it read-only while the text is broken. */
  lastValidResource: MilvusResource
  /** Settings of message stores the user switched away from, restored on switching back. */
  storeStash: Partial<Record<MsgStreamType, unknown>>
  baseline: Baseline | null
  lastOrigin: ChangeOrigin
  canUndo: boolean
  canRedo: boolean

  setSource(text: string, origin: ChangeOrigin): void
  /** Set (or, with `undefined`, delete) one path in the edited Milvus document. */
  setField(path: SpecPath, value: unknown): void
  applyPatches(patches: readonly Patch[], origin?: ChangeOrigin): void
  applyFix(finding: LocatedFinding): void
  /** Turn the first pasted fragment (no apiVersion/kind) into a whole Milvus resource. */
  wrapFragment(): void
  /** Switch msgStreamType, stashing the old store's block and restoring the new one's. */
  switchMessageStore(type: MsgStreamType): void
  undo(): void
  redo(): void
  reset(): void
  setBaseline(baseline: Baseline | null): void
  /** Sets a pasted text as the baseline; false (and nothing changes) when it holds no Milvus resource. */
  setBaselineFromText(text: string, label: string): boolean
}

export interface UiSlice {
  lang: Lang
  /** True once the user picked a language (otherwise it follows the browser). */
  langChosen: boolean
  theme: ThemeChoice
  reveal: RevealRequest | null
  notices: readonly Notice[]
  setLang(lang: Lang): void
  setTheme(theme: ThemeChoice): void
  /** Focus the form field and reveal the YAML line of `path`. */
  revealPath(path: SpecPath, range?: Range): void
  pushNotice(notice: Omit<Notice, 'id'>): void
  dismissNotice(id: number): void
}

export interface Notice {
  readonly id: number
  readonly kind: 'info' | 'warning' | 'error'
  readonly text: string
  /** Optional text in both languages; shown in the current UI language when present. */
  readonly message?: LocalizedText
}

export type StudioState = DocumentSlice & UiSlice
