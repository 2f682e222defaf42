/** The choices comments may describe (mode and message storage), as the operator reads them. */
import { effectiveMode, effectiveMsgStreamType } from '../../src/model'
import { selectResource } from './selectors'
import type { StudioState } from './types'

export interface DocumentChoices {
  readonly mode: 'standalone' | 'cluster'
  readonly store: string
}

export function selectChoices(s: StudioState): DocumentChoices {
  const resource = selectResource(s)
  return {
    mode: effectiveMode(resource) === 'cluster' ? 'cluster' : 'standalone',
    store: effectiveMsgStreamType(resource),
  }
}
