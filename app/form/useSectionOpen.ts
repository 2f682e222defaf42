/**
 * Whether a form section is open: always on wide screens; on narrow ones only when it holds a
 * problem, so a phone shows a short list of summaries with the sections that need work open. The
 * user's own toggling (and a reveal, which opens the section) wins until the screen crosses the
 * breakpoint again.
 */
import { useState } from 'react'
import type { SpecPath } from '../../src/model'
import { NARROW_QUERY, useMediaQuery } from '../common/useMediaQuery'
import { selectFindings } from '../state/selectors'
import { useStudioStore } from '../state/store'

function startsWith(path: SpecPath, prefix: SpecPath): boolean {
  return prefix.length <= path.length && prefix.every((seg, i) => path[i] === seg)
}

function holdsProblem(paths: readonly SpecPath[]): boolean {
  return selectFindings(useStudioStore.getState()).some((f) =>
    paths.some((p) => startsWith(f.path, p)),
  )
}

export function useSectionOpen(paths: readonly SpecPath[]): [boolean, (open: boolean) => void] {
  const narrow = useMediaQuery(NARROW_QUERY)
  const [state, setState] = useState(() => ({ narrow, open: !narrow || holdsProblem(paths) }))
  if (state.narrow !== narrow) {
    const next = { narrow, open: !narrow || holdsProblem(paths) }
    setState(next)
    return [next.open, (open) => setState({ narrow, open })]
  }
  return [state.open, (open) => setState({ narrow, open })]
}
