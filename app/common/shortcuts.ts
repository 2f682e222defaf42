/**
 * The studio's keyboard shortcuts, one table: what each key does, how the "Keyboard shortcuts"
 * dialog shows it, and whether it works while typing. Single-letter keys (like GitHub's) act only
 * outside text fields and while no dialog is open; F8 works everywhere, Monaco included.
 */
export const SHORTCUT_IDS = [
  'presets',
  'import',
  'undo',
  'redo',
  'download',
  'export',
  'share',
  'baseline',
  'guide',
  'reset',
  'theme',
  'language',
  'shortcuts',
  'nextProblem',
  'previousProblem',
] as const
export type ShortcutId = (typeof SHORTCUT_IDS)[number]

type KeyLike = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>

/** The keys shown for each shortcut, in the order the dialog lists them. */
export const SHORTCUT_KEYS: Record<ShortcutId, readonly string[]> = {
  presets: ['P'],
  import: ['I'],
  undo: ['Ctrl+Z'],
  redo: ['Ctrl+Shift+Z', 'Ctrl+Y'],
  download: ['D'],
  export: ['E'],
  share: ['S'],
  baseline: ['B'],
  guide: ['G'],
  reset: ['R'],
  theme: ['T'],
  language: ['L'],
  shortcuts: ['?'],
  nextProblem: ['F8'],
  previousProblem: ['Shift+F8'],
}

const LETTERS: Partial<Record<string, ShortcutId>> = {
  p: 'presets',
  i: 'import',
  d: 'download',
  e: 'export',
  s: 'share',
  b: 'baseline',
  g: 'guide',
  r: 'reset',
  t: 'theme',
  l: 'language',
  '?': 'shortcuts',
}

/** Shortcuts that work while focus is in a text field or the editor. */
export const WORKS_WHILE_TYPING: ReadonlySet<ShortcutId> = new Set([
  'nextProblem',
  'previousProblem',
])

function withCtrl(e: KeyLike): ShortcutId | null {
  const key = e.key.toLowerCase()
  if (key === 'z') return e.shiftKey ? 'redo' : 'undo'
  if (key === 'y' && e.ctrlKey && !e.shiftKey) return 'redo'
  return null
}

/** The shortcut a key press means, or null. */
export function shortcutFor(e: KeyLike): ShortcutId | null {
  if (e.altKey) return null
  if (e.key === 'F8' && !e.ctrlKey && !e.metaKey)
    return e.shiftKey ? 'previousProblem' : 'nextProblem'
  if (e.ctrlKey || e.metaKey) return withCtrl(e)
  return LETTERS[e.key.length === 1 ? e.key.toLowerCase() : ''] ?? null
}

/** True when the key press is typing (text fields, selects, Monaco): single-key shortcuts stay out. */
export function isTextTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false
  if (target.closest('.monaco-editor')) return true
  if (target instanceof HTMLElement && target.isContentEditable) return true
  return target.matches(
    'input:not([type="checkbox"]):not([type="radio"]):not([type="button"]), textarea, select',
  )
}

/** Whether the studio should act on this key press at all (and which shortcut it is). */
export function shortcutToRun(e: KeyboardEvent): ShortcutId | null {
  if (e.defaultPrevented) return null
  const id = shortcutFor(e)
  if (!id) return null
  if (WORKS_WHILE_TYPING.has(id)) return document.querySelector('dialog[open]') ? null : id
  if (isTextTarget(e.target)) return null
  if (id !== 'undo' && id !== 'redo' && document.querySelector('dialog[open]')) return null
  return id
}
