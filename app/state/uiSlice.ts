/**
 * The UI slice: language, theme, reveal requests and transient notices. Nothing here touches the
 * DOM; `app/state/preferences.ts` applies the language and theme to <html> and persists them.
 */
import type { StateCreator } from 'zustand'
import type { DocumentInternals } from './documentSlice'
import type { StudioState, UiSlice } from './types'

let nextNoticeId = 1

export function initialUiState(): Pick<
  UiSlice,
  'lang' | 'langChosen' | 'theme' | 'reveal' | 'notices'
> {
  return { lang: 'en', langChosen: false, theme: 'system', reveal: null, notices: [] }
}

export const createUiSlice: StateCreator<StudioState & DocumentInternals, [], [], UiSlice> = (
  set,
  get,
) => ({
  ...initialUiState(),
  setLang: (lang) => set({ lang, langChosen: true }),
  setTheme: (theme) => set({ theme }),
  revealPath: (path, range) =>
    set({
      reveal: {
        path: [...path],
        nonce: (get().reveal?.nonce ?? 0) + 1,
        ...(range ? { range } : {}),
      },
    }),
  pushNotice: (notice) => {
    const id = nextNoticeId++
    // The same text twice in a row is one notice (e.g. importing the same file again).
    const rest = get().notices.filter((n) => n.text !== notice.text)
    set({ notices: [...rest, { ...notice, id }].slice(-5) })
  },
  dismissNotice: (id) => set({ notices: get().notices.filter((n) => n.id !== id) }),
})
