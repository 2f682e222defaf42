/**
 * Keeping work on this device: restores the autosave on start, saves the text (debounced) after
 * each change, opens share links as a new state without touching the saved work, and asks before
 * closing only when autosave could not keep the changes. Storage access lives in storage.ts.
 */
import { usePersistence, selectUnsavedAtRisk } from './persistenceStore'
import { useStudioStore } from './store'
import {
  forgetAutosave,
  openBrowserStorage,
  readAutosave,
  readPrefs,
  writeAutosave,
  writePrefs,
  type StorageLike,
} from './storage'
import type { Lang } from './types'
import { openSharedLink } from './shareOpen'
import { forgetBaselines, startBaselines } from './baselineStore'

export const SAVE_DELAY_MS = 400

export interface PersistenceEnv {
  storage: StorageLike | null
  /** location.hash at start ('' when none). */
  hash: string
  /** Removes the share link from the address bar. */
  clearHash(): void
  now(): number
  /** Preferred languages of the browser, best first. */
  languages: readonly string[]
}

let env: PersistenceEnv | null = null
let timer: ReturnType<typeof setTimeout> | null = null

function browserEnv(): PersistenceEnv {
  return {
    storage: openBrowserStorage(),
    hash: window.location.hash,
    clearHash: () =>
      window.history.replaceState(null, '', window.location.pathname + window.location.search),
    now: () => Date.now(),
    languages: navigator.languages.length > 0 ? navigator.languages : [navigator.language],
  }
}

/** 'ko' when the browser prefers Korean, else English. */
export function browserLang(languages: readonly string[]): Lang {
  return languages[0]?.toLowerCase().startsWith('ko') ? 'ko' : 'en'
}

function canSave(): boolean {
  const p = usePersistence.getState()
  const paused = p.link.status === 'open' && p.link.savedWorkKept
  return p.autosave && !paused && p.storage !== 'unavailable'
}

/** Writes the current text now (skipped while autosave is off or paused). */
export function saveNow(): void {
  if (timer) clearTimeout(timer)
  timer = null
  if (!env || !canSave()) return
  const result = writeAutosave(env.storage, useStudioStore.getState().source, env.now())
  usePersistence.setState(
    result === 'ok' ? { storage: 'ok', dirty: false, hasSavedWork: true } : { storage: result },
  )
}

function scheduleSave(): void {
  if (timer) clearTimeout(timer)
  timer = canSave() ? setTimeout(saveNow, SAVE_DELAY_MS) : null
}

function savePrefs(): void {
  if (!env) return
  const { lang, langChosen, theme } = useStudioStore.getState()
  const { autosave } = usePersistence.getState()
  writePrefs(env.storage, { ...(langChosen ? { lang } : {}), theme, autosave })
}

function restore(e: PersistenceEnv): void {
  const prefs = readPrefs(e.storage)
  useStudioStore.setState({
    lang: prefs.lang ?? browserLang(e.languages),
    langChosen: prefs.lang !== undefined,
    theme: prefs.theme ?? 'system',
  })
  usePersistence.setState({
    storage: e.storage ? 'ok' : 'unavailable',
    autosave: prefs.autosave ?? true,
  })
  const saved = readAutosave(e.storage, e.now())
  if (saved.kind === 'ok') {
    useStudioStore.getState().setSource(saved.work.source, 'restore')
    usePersistence.setState({ hasSavedWork: true })
  } else if (saved.kind === 'corrupt') {
    usePersistence.setState({
      corrupt: { movedTo: saved.movedTo },
      storage: saved.movedTo ? 'ok' : 'full',
    })
  }
  startBaselines(e.storage)
}

function onBeforeUnload(event: BeforeUnloadEvent): void {
  if (!selectUnsavedAtRisk(usePersistence.getState())) return
  event.preventDefault()
  // Older browsers need returnValue set to show the prompt.
  event.returnValue = ''
}

/** Starts persistence; returns a function that stops it (tests, hot reload). */
export function startPersistence(overrides: Partial<PersistenceEnv> = {}): () => void {
  const e: PersistenceEnv = {
    ...(typeof window === 'undefined' ? fallbackEnv() : browserEnv()),
    ...overrides,
  }
  env = e
  restore(e)
  const unsubscribe = useStudioStore.subscribe((s, prev) => {
    if (s.source !== prev.source && s.lastOrigin !== 'restore') {
      usePersistence.setState({ dirty: true })
      scheduleSave()
    }
    if (s.lang !== prev.lang || s.theme !== prev.theme || s.langChosen !== prev.langChosen)
      savePrefs()
  })
  // Flush a pending save when the tab goes away; never write when nothing changed.
  const onPageHide = () => {
    if (timer) saveNow()
  }
  // A link pasted into the address bar of an open studio only changes the hash (no reload).
  const onHashChange = () => {
    if (window.location.hash.length > 1) void openSharedLink(window.location.hash, e.clearHash)
  }
  if (typeof window !== 'undefined') {
    window.addEventListener('beforeunload', onBeforeUnload)
    window.addEventListener('pagehide', onPageHide)
    window.addEventListener('hashchange', onHashChange)
  }
  if (e.hash.length > 1) void openSharedLink(e.hash, e.clearHash)
  return () => {
    unsubscribe()
    if (timer) clearTimeout(timer)
    timer = null
    env = null
    if (typeof window !== 'undefined') {
      window.removeEventListener('beforeunload', onBeforeUnload)
      window.removeEventListener('pagehide', onPageHide)
      window.removeEventListener('hashchange', onHashChange)
    }
  }
}

function fallbackEnv(): PersistenceEnv {
  return { storage: null, hash: '', clearHash: () => {}, now: () => Date.now(), languages: [] }
}

/** "Forget saved work": removes the copy on this device and stops autosaving until turned back on. */
export function forgetSavedWork(): void {
  if (timer) clearTimeout(timer)
  timer = null
  forgetAutosave(env?.storage ?? null)
  forgetBaselines()
  usePersistence.setState({ autosave: false, hasSavedWork: false, dirty: false })
  savePrefs()
}

export function enableAutosave(): void {
  usePersistence.setState({ autosave: true })
  savePrefs()
  saveNow()
}

/** Leaves a shared link and goes back to the work kept on this device. */
export function backToSavedWork(): void {
  if (!env) return
  const saved = readAutosave(env.storage, env.now())
  env.clearHash()
  usePersistence.setState({ link: { status: 'none' }, dirty: false })
  if (saved.kind === 'ok') useStudioStore.getState().setSource(saved.work.source, 'restore')
}

/** Keeps the shared configuration as the working copy (it replaces the saved one). */
export function keepLinkedWork(): void {
  env?.clearHash()
  usePersistence.setState({ link: { status: 'none' }, dirty: true })
  saveNow()
}

export function dismissLinkError(): void {
  usePersistence.setState({ link: { status: 'none' } })
}

export function dismissCorruptNotice(): void {
  usePersistence.setState({ corrupt: null })
}
