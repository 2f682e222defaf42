/**
 * Whether the user prefers the plain text editor. Defaults to plain on touch-first small screens,
 * where Monaco is awkward; the choice is remembered on this device (storage failures are ignored).
 */
const KEY = 'milvus-studio.editor.plain'

export function readPlainPreference(): boolean {
  try {
    const saved = localStorage.getItem(KEY)
    if (saved === '1' || saved === '0') return saved === '1'
  } catch {
    // Storage blocked: fall through to the device default.
  }
  return (
    typeof matchMedia === 'function' &&
    matchMedia('(pointer: coarse) and (max-width: 600px)').matches
  )
}

export function writePlainPreference(plain: boolean): void {
  try {
    localStorage.setItem(KEY, plain ? '1' : '0')
  } catch {
    // Not persisted; the toggle still works for this visit.
  }
}
