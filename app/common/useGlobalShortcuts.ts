/**
 * Page-wide keys: undo/redo outside text fields (inputs keep their own undo; Monaco's keys are
 * bound by the editor panel to the same store actions) and F8 / Shift+F8 through the problems from
 * anywhere (Monaco handles F8 itself, with its marker navigation). The header handles its own keys.
 */
import { useEffect } from 'react'
import { goToProblem } from '../findings/problemNavigation'
import { useStudioStore } from '../state/store'
import { shortcutToRun } from './shortcuts'

export function useGlobalShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      const id = shortcutToRun(e)
      if (id === 'undo' || id === 'redo') useStudioStore.getState()[id]()
      else if (id === 'nextProblem' || id === 'previousProblem')
        goToProblem(id === 'nextProblem' ? 1 : -1)
      else return
      e.preventDefault()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])
}
