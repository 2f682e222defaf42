/**
 * The header's actions as data, so the toolbar, the "More" menu, the key handler and the
 * "Keyboard shortcuts" dialog all list the same things with the same names.
 */
import type { ShortcutId } from '../common/shortcuts'
import { useMessages } from '../i18n'
import { useStudioStore } from '../state/store'
import type { ThemeChoice } from '../state/types'
import { downloadManifest } from './downloadManifest'
import type { LazyDialogName } from './LazyDialogs'
import { headerMessages } from './messages'

export type HeaderDialog = 'presets' | 'import' | 'reset' | 'shortcuts' | LazyDialogName

export interface HeaderAction {
  readonly id: ShortcutId
  readonly label: string
  readonly run: () => void
  readonly disabled?: boolean
  readonly primary?: boolean
  readonly glyph?: string
  /** Stays in the toolbar on narrow screens; the others fold into "More". */
  readonly pinned?: boolean
}

const NEXT_THEME: Record<ThemeChoice, ThemeChoice> = {
  system: 'light',
  light: 'dark',
  dark: 'system',
}

/** The toolbar in groups (each group a row of buttons). */
export function useHeaderActions(
  open: (dialog: HeaderDialog) => void,
): readonly (readonly HeaderAction[])[] {
  const t = useMessages(headerMessages)
  const canUndo = useStudioStore((s) => s.canUndo)
  const canRedo = useStudioStore((s) => s.canRedo)
  const undo = useStudioStore((s) => s.undo)
  const redo = useStudioStore((s) => s.redo)
  return [
    [
      { id: 'presets', label: t.presets, run: () => open('presets'), pinned: true },
      { id: 'import', label: t.import, run: () => open('import') },
    ],
    [
      { id: 'undo', label: t.undo, glyph: '↶', run: undo, disabled: !canUndo },
      { id: 'redo', label: t.redo, glyph: '↷', run: redo, disabled: !canRedo },
    ],
    [
      { id: 'download', label: t.downloadYaml, run: () => void downloadManifest(), primary: true },
      { id: 'export', label: t.export, run: () => open('export'), pinned: true },
      { id: 'share', label: t.share, run: () => open('share') },
    ],
    [
      { id: 'baseline', label: t.baseline, run: () => open('baseline') },
      { id: 'guide', label: t.guide, run: () => open('guide') },
      { id: 'reset', label: t.reset, run: () => open('reset') },
      { id: 'shortcuts', label: t.shortcuts, run: () => open('shortcuts') },
    ],
  ]
}

/** Language and theme have selects in the header; their keys switch them directly. */
export function runPreferenceShortcut(id: 'theme' | 'language'): void {
  const { lang, theme, setLang, setTheme } = useStudioStore.getState()
  if (id === 'language') setLang(lang === 'en' ? 'ko' : 'en')
  else setTheme(NEXT_THEME[theme])
}
