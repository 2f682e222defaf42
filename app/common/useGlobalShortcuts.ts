/**
 * Undo/redo from the keyboard anywhere outside text fields (inputs keep their own undo; Monaco's
 * keys are bound by the editor panel to the same store actions).
 */
import { useEffect } from 'react'
import { useStudioStore } from '../state/store'

function isTextTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false
  if (target.closest('.monaco-editor')) return true
  if (target instanceof HTMLElement && target.isContentEditable) return true
  return target.matches('input, textarea, select')
}

/** 'undo' | 'redo' for the key combination, or null. */
export function shortcutFor(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): 'undo' | 'redo' | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null
  const key = e.key.toLowerCase()
  if (key === 'z') return e.shiftKey ? 'redo' : 'undo'
  if (key === 'y' && e.ctrlKey && !e.shiftKey) return 'redo'
  return null
}

export function useGlobalShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || isTextTarget(e.target)) return
      const action = shortcutFor(e)
      if (!action) return
      e.preventDefault()
      useStudioStore.getState()[action]()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])
}
