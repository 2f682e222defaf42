/**
 * The document slice: the YAML text, what the engine derives from it, undo history, the store
 * stash and the baseline. Every change goes through `commit`, which re-derives once and records
 * history. Components never call the engine themselves.
 *
 * Each text gets a new `version`. The deriver (app/state/deriver.ts) returns the findings at once
 * (main thread) or later (worker); a later answer is applied only while its version is still the
 * current one, and until it comes the previous findings stay (the form already follows the text).
 */
import type { StateCreator } from 'zustand'
import { wrapFragment } from '../../src/derive/wrapFragment'
import type { DeriveFindings, DeriveResult } from './deriveWork'
import { effectiveMsgStreamType, isV1beta1OnlyPath } from '../../src/model'
import type { SpecPath } from '../../src/model/types'
import type { Patch } from '../../src/rules/types'
import {
  applyPatches as applyYamlPatches,
  deleteAtPath,
  isEditRefusal,
  setAtPath,
  type EditOptions,
} from '../../src/yaml'
import { blankSource } from './blankSource'
import {
  documentStateFor,
  findingsState,
  quickResource,
  resultState,
  type DocumentState,
} from './documentDerive'
import { EMPTY_HISTORY, recordChange, redoStep, undoStep, type History } from './history'
import { askShared } from './sharedPrompt'
import { planStoreSwitch } from './storeSwitch'
import type { Baseline, ChangeOrigin, DocumentSlice, StudioState } from './types'

/** Fields the slice adds beyond the contract (internal bookkeeping). */
export interface DocumentInternals {
  history: History
  /** Takes a deriver's late answer; dropped unless it is for the current text version. */
  receiveDerived(result: DeriveResult | DeriveFindings): void
}

type Set = Parameters<StateCreator<StudioState & DocumentInternals>>[0]
type Get = () => StudioState & DocumentInternals

/** The state for `text` as the next version (findings now, or kept until the deriver answers). */
function nextDocumentState(
  get: Get,
  text: string,
  baseline: Baseline | null = get().baseline,
): DocumentState {
  return documentStateFor(text, get().version + 1, baseline, get())
}

function commit(set: Set, get: Get, text: string, origin: ChangeOrigin, key?: string): void {
  const state = get()
  if (text === state.source) {
    if (state.lastOrigin !== origin) set({ lastOrigin: origin })
    return
  }
  const history =
    origin === 'restore' || origin === 'link'
      ? EMPTY_HISTORY
      : recordChange(state.history, state.source, origin, Date.now(), key)
  set({
    ...nextDocumentState(get, text),
    lastOrigin: origin,
    history,
    canUndo: history.past.length > 0,
    canRedo: history.future.length > 0,
  })
}

/**
 * Applies edits to the edited Milvus document; a no-op while the text is broken. An edit the YAML
 * layer refuses (e.g. a list index past the end) leaves the text alone and tells the user; one
 * that would change data shared through an anchor first asks "all or only here" (sharedPrompt.ts).
 */
function editDocument(
  set: Set,
  get: Get,
  edit: (source: string, docIndex: number, options: EditOptions) => string,
  origin: ChangeOrigin,
  key?: string,
  options: EditOptions = {},
): void {
  const { derived, source } = get()
  if (!derived.ok || derived.milvusIndex < 0) return
  let next: string
  try {
    next = edit(source, derived.milvusIndex, options)
  } catch (err) {
    if (isEditRefusal(err) && err.sharedData && !options.shared) {
      askShared(
        err.sharedData,
        key,
        (shared) => editDocument(set, get, edit, origin, key, { shared }),
        () => get().source,
      )
      return
    }
    console.error('Edit refused by the YAML layer:', err)
    const message = isEditRefusal(err) ? err.text : EDIT_REFUSED
    get().pushNotice({ kind: 'error', text: message.en, message })
    return
  }
  commit(set, get, next, origin, key)
}

/**
 * A v1alpha1 document has no `spec.mode` or `spec.components`: the operator's conversion fixes mode
 * to standalone and reads component settings flat under `spec`. Writing those v1beta1 paths into it
 * would add keys the API server drops, so the form says so instead.
 */
function isLiftedOnlyPath(state: StudioState, path: SpecPath): boolean {
  const doc = state.derived.documents[state.derived.milvusIndex]
  return !!doc?.liftedFrom?.includes('v1alpha1 Milvus') && isV1beta1OnlyPath(path)
}

/** Refuses (with a notice) an edit that writes a v1beta1-only path into a v1alpha1 document. */
function refusedOnV1alpha1(get: Get, paths: readonly SpecPath[]): boolean {
  if (!paths.some((path) => isLiftedOnlyPath(get(), path))) return false
  get().pushNotice({ kind: 'warning', text: LIFTED_ONLY.en, message: LIFTED_ONLY })
  return true
}

const LIFTED_ONLY = {
  en: 'This document is milvus.io/v1alpha1, which has no spec.mode or spec.components (it always runs standalone). Change its apiVersion to milvus.io/v1beta1 first (see Problems), then edit this setting.',
  ko: '이 문서는 milvus.io/v1alpha1이라 spec.mode와 spec.components가 없습니다(항상 standalone으로 실행). 먼저 apiVersion을 milvus.io/v1beta1로 바꾼 뒤(문제 패널 참고) 이 설정을 수정하세요.',
}

const EDIT_REFUSED = {
  en: 'That change could not be written into the YAML as it stands; the text is unchanged. Edit it in the editor instead.',
  ko: '현재 YAML에는 이 변경을 쓸 수 없어 텍스트를 그대로 두었습니다. 편집기에서 직접 수정하세요.',
}

export function initialDocumentState(): Omit<DocumentSlice, FunctionKeys<DocumentSlice>> &
  Omit<DocumentInternals, 'receiveDerived'> {
  return {
    ...documentStateFor(blankSource(), 1, null, null),
    storeStash: {},
    baseline: null,
    lastOrigin: 'restore',
    canUndo: false,
    canRedo: false,
    history: EMPTY_HISTORY,
  }
}

type FunctionKeys<T> = {
  [K in keyof T]: T[K] extends (...args: never[]) => unknown ? K : never
}[keyof T]

export const createDocumentSlice: StateCreator<
  StudioState & DocumentInternals,
  [],
  [],
  DocumentSlice & DocumentInternals
> = (set, get) => ({
  ...initialDocumentState(),
  setSource: (text, origin) => commit(set, get, text, origin),
  setField: (path, value) => {
    if (refusedOnV1alpha1(get, [path])) return
    editDocument(
      set,
      get,
      (src, i, o) =>
        value === undefined ? deleteAtPath(src, path, i, o) : setAtPath(src, path, value, i, o),
      'form',
      path.map(String).join('\u0000'),
    )
  },
  applyPatches: (patches: readonly Patch[], origin: ChangeOrigin = 'fix') => {
    if (patches.length === 0) return
    editDocument(set, get, (src, i, o) => applyYamlPatches(src, patches, i, o), origin)
  },
  wrapFragment: () => {
    const next = wrapFragment(get().source)
    if (next !== undefined) commit(set, get, next, 'fix')
  },
  applyFix: (finding) => {
    if (
      !finding.fix ||
      refusedOnV1alpha1(
        get,
        finding.fix.patches.map((p) => p.path),
      )
    )
      return
    get().applyPatches(finding.fix.patches, 'fix')
  },
  switchMessageStore: (type) => {
    const { derived, storeStash } = get()
    if (!derived.ok || !derived.resource) return
    const from = effectiveMsgStreamType(derived.resource)
    const plan = planStoreSwitch(derived.resource, from, type, storeStash)
    editDocument(set, get, (src, i, o) => applyYamlPatches(src, plan.patches, i, o), 'form')
    set({ storeStash: plan.stash })
  },
  undo: () => {
    const { history, source } = get()
    const step = undoStep(history, source)
    if (step) applyHistoryStep(set, get, step)
  },
  redo: () => {
    const { history, source } = get()
    const step = redoStep(history, source)
    if (step) applyHistoryStep(set, get, step)
  },
  reset: () => {
    set({ storeStash: {} })
    commit(set, get, blankSource(), 'preset')
  },
  setBaseline: (baseline) => {
    set({ baseline, ...nextDocumentState(get, get().source, baseline) })
  },
  setBaselineFromText: (text, label) => {
    const resource = quickResource(text)
    if (!resource) return false
    get().setBaseline({ source: text, resource, label })
    return true
  },
  receiveDerived: (result) => {
    const state = get()
    if (result.version !== state.version) return
    set('derived' in result ? resultState(result, state) : findingsState(result, state))
  },
})

function applyHistoryStep(set: Set, get: Get, step: { text: string; history: History }): void {
  set({
    ...nextDocumentState(get, step.text),
    lastOrigin: 'undo',
    history: step.history,
    canUndo: step.history.past.length > 0,
    canRedo: step.history.future.length > 0,
  })
}
