/**
 * The document slice: the YAML text, what the engine derives from it, undo history, the store
 * stash and the baseline. Every change goes through `commit`, which re-derives once and records
 * history. Components never call the engine themselves (STYLE §6).
 */
import type { StateCreator } from 'zustand'
import { deriveDocument } from '../../src/derive'
import type { Derived } from '../../src/derive/types'
import { effectiveMsgStreamType, isV1beta1OnlyPath } from '../../src/model'
import type { MilvusResource, SpecPath } from '../../src/model/types'
import type { Patch } from '../../src/rules/types'
import { applyPatches as applyYamlPatches, deleteAtPath, setAtPath } from '../../src/yaml'
import { blankSource } from './blankSource'
import { EMPTY_HISTORY, recordChange, redoStep, undoStep, type History } from './history'
import { planStoreSwitch } from './storeSwitch'
import type { Baseline, ChangeOrigin, DocumentSlice, StudioState } from './types'

/** Fields the slice adds beyond the contract (internal bookkeeping). */
export interface DocumentInternals {
  history: History
}

export function derive(source: string, baseline: Baseline | null): Derived {
  return deriveDocument(source, baseline ? { baseline: baseline.resource } : {})
}

/** The state for a text, keeping the last good resource when the text does not parse. */
export function documentStateFor(
  source: string,
  baseline: Baseline | null,
  lastValid: MilvusResource | null,
): Pick<DocumentSlice, 'source' | 'derived' | 'lastValidResource'> {
  const derived = derive(source, baseline)
  const resource = derived.ok ? derived.resource : undefined
  const fallback = resource ?? lastValid ?? derive(blankSource(), null).resource
  if (!fallback) throw new Error('The blank preset does not derive to a resource.')
  return { source, derived, lastValidResource: fallback }
}

type Set = Parameters<StateCreator<StudioState & DocumentInternals>>[0]
type Get = () => StudioState & DocumentInternals

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
    ...documentStateFor(text, state.baseline, state.lastValidResource),
    lastOrigin: origin,
    history,
    canUndo: history.past.length > 0,
    canRedo: history.future.length > 0,
  })
}

/**
 * Applies edits to the edited Milvus document; a no-op while the text is broken. An edit the YAML
 * layer refuses (e.g. a list index past the end) leaves the text alone and tells the user.
 */
function editDocument(
  set: Set,
  get: Get,
  edit: (source: string, docIndex: number) => string,
  origin: ChangeOrigin,
  key?: string,
): void {
  const { derived, source } = get()
  if (!derived.ok || derived.milvusIndex < 0) return
  let next: string
  try {
    next = edit(source, derived.milvusIndex)
  } catch (err) {
    console.error('Edit refused by the YAML layer:', err)
    get().pushNotice({
      kind: 'error',
      text: EDIT_REFUSED.en,
      message: EDIT_REFUSED,
    })
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

const LIFTED_ONLY = {
  en: 'This document is milvus.io/v1alpha1, which has no spec.mode or spec.components (it always runs standalone). Change its apiVersion to milvus.io/v1beta1 first (see Problems), then edit this setting.',
  ko: '이 문서는 milvus.io/v1alpha1이라 spec.mode와 spec.components가 없습니다(항상 standalone으로 실행). 먼저 apiVersion을 milvus.io/v1beta1로 바꾼 뒤(문제 패널 참고) 이 설정을 수정하세요.',
}

const EDIT_REFUSED = {
  en: 'That change could not be written into the YAML as it stands; the text is unchanged. Edit it in the editor instead.',
  ko: '현재 YAML에는 이 변경을 쓸 수 없어 텍스트를 그대로 두었습니다. 편집기에서 직접 수정하세요.',
}

export function initialDocumentState(): Omit<DocumentSlice, FunctionKeys<DocumentSlice>> & DocumentInternals {
  return {
    ...documentStateFor(blankSource(), null, null),
    storeStash: {},
    baseline: null,
    lastOrigin: 'restore',
    canUndo: false,
    canRedo: false,
    history: EMPTY_HISTORY,
  }
}

type FunctionKeys<T> = { [K in keyof T]: T[K] extends (...args: never[]) => unknown ? K : never }[keyof T]

export const createDocumentSlice: StateCreator<
  StudioState & DocumentInternals,
  [],
  [],
  DocumentSlice & DocumentInternals
> = (set, get) => ({
  ...initialDocumentState(),
  setSource: (text, origin) => commit(set, get, text, origin),
  setField: (path, value) => {
    if (isLiftedOnlyPath(get(), path)) {
      get().pushNotice({ kind: 'warning', text: LIFTED_ONLY.en, message: LIFTED_ONLY })
      return
    }
    editDocument(
      set,
      get,
      (src, i) => (value === undefined ? deleteAtPath(src, path, i) : setAtPath(src, path, value, i)),
      'form',
      path.map(String).join('\u0000'),
    )
  },
  applyPatches: (patches: readonly Patch[], origin: ChangeOrigin = 'fix') => {
    if (patches.length === 0) return
    editDocument(set, get, (src, i) => applyYamlPatches(src, patches, i), origin)
  },
  applyFix: (finding) => {
    if (finding.fix) get().applyPatches(finding.fix.patches, 'fix')
  },
  switchMessageStore: (type) => {
    const { derived, storeStash } = get()
    if (!derived.ok || !derived.resource) return
    const from = effectiveMsgStreamType(derived.resource)
    const plan = planStoreSwitch(derived.resource, from, type, storeStash)
    editDocument(set, get, (src, i) => applyYamlPatches(src, plan.patches, i), 'form')
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
    const { source, lastValidResource } = get()
    set({ baseline, ...documentStateFor(source, baseline, lastValidResource) })
  },
})

function applyHistoryStep(set: Set, get: Get, step: { text: string; history: History }): void {
  const { baseline, lastValidResource } = get()
  set({
    ...documentStateFor(step.text, baseline, lastValidResource),
    lastOrigin: 'undo',
    history: step.history,
    canUndo: step.history.past.length > 0,
    canRedo: step.history.future.length > 0,
  })
}
