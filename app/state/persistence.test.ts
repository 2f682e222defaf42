// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { blankSource } from './blankSource'
import {
  backToSavedWork,
  forgetSavedWork,
  keepLinkedWork,
  SAVE_DELAY_MS,
  startPersistence,
  type PersistenceEnv,
} from './persistence'
import { initialPersistenceState, selectUnsavedAtRisk, usePersistence } from './persistenceStore'
import { AUTOSAVE_KEY, CORRUPT_PREFIX, PREFS_KEY } from './storage'
import { MemoryStorage } from '../test/memoryStorage'
import { getInitialState, useStudioStore } from './store'

const decodeShareLink = vi.fn()
vi.mock('../../src/share', () => ({
  decodeShareLink: (hash: string) => decodeShareLink(hash) as unknown,
}))

const MINE = 'apiVersion: milvus.io/v1beta1\nkind: Milvus\nmetadata:\n  name: mine\nspec: {}\n'
const SHARED = 'apiVersion: milvus.io/v1beta1\nkind: Milvus\nmetadata:\n  name: shared\nspec: {}\n'

let storage: MemoryStorage
let stop: () => void = () => {}
const clearHash = vi.fn()

function start(overrides: Partial<PersistenceEnv> = {}) {
  stop = startPersistence({
    storage,
    hash: '',
    clearHash,
    now: () => 1,
    languages: ['en-US'],
    ...overrides,
  })
}

function saved(): string | undefined {
  const raw = storage.items.get(AUTOSAVE_KEY)
  return raw === undefined ? undefined : (JSON.parse(raw) as { source: string }).source
}

beforeEach(() => {
  useStudioStore.setState(getInitialState(), true)
  usePersistence.setState(initialPersistenceState(), true)
  storage = new MemoryStorage()
  clearHash.mockReset()
  decodeShareLink.mockReset()
  vi.useFakeTimers()
})

afterEach(() => {
  stop()
  vi.useRealTimers()
})

describe('startPersistence', () => {
  it('restores the saved work without making it undoable', () => {
    storage.items.set(AUTOSAVE_KEY, JSON.stringify({ v: 1, source: MINE, savedAt: 0 }))
    start()
    expect(useStudioStore.getState().source).toBe(MINE)
    expect(useStudioStore.getState().canUndo).toBe(false)
    expect(usePersistence.getState().hasSavedWork).toBe(true)
  })

  it('saves a change after a short pause', () => {
    start()
    useStudioStore.getState().setSource(MINE, 'editor')
    expect(saved()).toBeUndefined()
    expect(usePersistence.getState().dirty).toBe(true)
    vi.advanceTimersByTime(SAVE_DELAY_MS)
    expect(saved()).toBe(MINE)
    expect(usePersistence.getState().dirty).toBe(false)
  })

  it('reports a full storage and then counts the changes as at risk', () => {
    start()
    storage.failWith = 'quota'
    useStudioStore.getState().setSource(MINE, 'editor')
    vi.advanceTimersByTime(SAVE_DELAY_MS)
    expect(usePersistence.getState().storage).toBe('full')
    expect(selectUnsavedAtRisk(usePersistence.getState())).toBe(true)
  })

  it('works without storage and says so', () => {
    start({ storage: null })
    expect(usePersistence.getState().storage).toBe('unavailable')
    useStudioStore.getState().setSource(MINE, 'editor')
    vi.advanceTimersByTime(SAVE_DELAY_MS)
    expect(selectUnsavedAtRisk(usePersistence.getState())).toBe(true)
  })

  it('sets a corrupted save aside, starts blank and tells the user', () => {
    storage.items.set(AUTOSAVE_KEY, '{"v":1,"source":')
    start({ now: () => 42 })
    expect(useStudioStore.getState().source).toBe(blankSource())
    expect(usePersistence.getState().corrupt).toEqual({ movedTo: `${CORRUPT_PREFIX}42` })
    expect(storage.items.get(`${CORRUPT_PREFIX}42`)).toBe('{"v":1,"source":')
  })

  it('follows the browser language until one is chosen, then remembers it', () => {
    start({ languages: ['ko-KR', 'en'] })
    expect(useStudioStore.getState().lang).toBe('ko')
    expect(useStudioStore.getState().langChosen).toBe(false)
    useStudioStore.getState().setLang('en')
    useStudioStore.getState().setTheme('dark')
    expect(JSON.parse(storage.items.get(PREFS_KEY) ?? '{}')).toMatchObject({
      lang: 'en',
      theme: 'dark',
    })
    stop()
    useStudioStore.setState(getInitialState(), true)
    start({ languages: ['ko-KR'] })
    expect(useStudioStore.getState().lang).toBe('en')
    expect(useStudioStore.getState().theme).toBe('dark')
  })

  it('"Forget saved work" removes the copy and stops autosaving', () => {
    start()
    useStudioStore.getState().setSource(MINE, 'editor')
    vi.advanceTimersByTime(SAVE_DELAY_MS)
    forgetSavedWork()
    expect(storage.items.has(AUTOSAVE_KEY)).toBe(false)
    useStudioStore.getState().setSource(SHARED, 'editor')
    vi.advanceTimersByTime(SAVE_DELAY_MS)
    expect(storage.items.has(AUTOSAVE_KEY)).toBe(false)
    expect(usePersistence.getState().autosave).toBe(false)
  })
})

describe('opening a share link', () => {
  it('loads the link as a new state and keeps the saved work untouched', async () => {
    storage.items.set(AUTOSAVE_KEY, JSON.stringify({ v: 1, source: MINE, savedAt: 0 }))
    decodeShareLink.mockResolvedValue({ ok: true, source: SHARED, version: 1 })
    start({ hash: '#s1.abc' })
    await vi.waitFor(() => expect(usePersistence.getState().link.status).toBe('open'))
    expect(decodeShareLink).toHaveBeenCalledWith('#s1.abc')
    expect(useStudioStore.getState().source).toBe(SHARED)
    useStudioStore.getState().setSource(SHARED + '# edited\n', 'editor')
    vi.advanceTimersByTime(SAVE_DELAY_MS * 2)
    expect(saved()).toBe(MINE)
    expect(selectUnsavedAtRisk(usePersistence.getState())).toBe(true)
    backToSavedWork()
    expect(useStudioStore.getState().source).toBe(MINE)
    expect(clearHash).toHaveBeenCalled()
    expect(usePersistence.getState().link.status).toBe('none')
  })

  it('"Keep this one" makes the shared text the saved work', async () => {
    storage.items.set(AUTOSAVE_KEY, JSON.stringify({ v: 1, source: MINE, savedAt: 0 }))
    decodeShareLink.mockResolvedValue({ ok: true, source: SHARED, version: 1 })
    start({ hash: '#s1.abc' })
    await vi.waitFor(() => expect(usePersistence.getState().link.status).toBe('open'))
    keepLinkedWork()
    expect(saved()).toBe(SHARED)
  })

  it('shows the codec message for a broken link and leaves the work alone', async () => {
    storage.items.set(AUTOSAVE_KEY, JSON.stringify({ v: 1, source: MINE, savedAt: 0 }))
    const error = { en: 'The link is cut short.', ko: '링크가 잘렸습니다.' }
    decodeShareLink.mockResolvedValue({ ok: false, error, code: 'truncated' })
    start({ hash: '#s1.ab' })
    await vi.waitFor(() => expect(usePersistence.getState().link.status).toBe('error'))
    expect(usePersistence.getState().link).toEqual({ status: 'error', error })
    expect(useStudioStore.getState().source).toBe(MINE)
    expect(saved()).toBe(MINE)
    expect(clearHash).toHaveBeenCalled()
  })
})

describe('a share link pasted into an open studio', () => {
  it('opens on hashchange', async () => {
    decodeShareLink.mockResolvedValue({ ok: true, source: SHARED, version: 1 })
    start()
    window.location.hash = '#s1.pasted'
    await vi.waitFor(() => expect(usePersistence.getState().link.status).toBe('open'))
    expect(decodeShareLink).toHaveBeenCalledWith('#s1.pasted')
    expect(useStudioStore.getState().source).toBe(SHARED)
    window.history.replaceState(null, '', window.location.pathname)
  })
})
