/**
 * A read-only window into the store for end-to-end tests (after tldraw's EndToEndApi): specs check
 * state the screen does not show. Returns copies, so a test cannot change the studio through it.
 */
import type { Derived, LocatedFinding } from '../src/derive/types'
import type { MilvusResource } from '../src/model/types'
import { selectFindings, selectResource } from './state/selectors'
import { useStudioStore } from './state/store'

export interface StudioTestApi {
  source(): string
  resource(): MilvusResource
  findings(): LocatedFinding[]
  derived(): Derived
}

declare global {
  interface Window {
    __studio?: StudioTestApi
  }
}

function copy<T>(value: T): T {
  return structuredClone(value)
}

export function installTestApi(target: Window): void {
  const api: StudioTestApi = {
    source: () => useStudioStore.getState().source,
    resource: () => copy(selectResource(useStudioStore.getState())),
    findings: () => copy([...selectFindings(useStudioStore.getState())]),
    derived: () => copy(useStudioStore.getState().derived),
  }
  Object.defineProperty(target, '__studio', { value: Object.freeze(api), configurable: true })
}
