/**
 * Moves the rules off the main thread: starts the derive worker and installs it as the store's
 * deriver. Without Worker support, or if the worker fails, the main thread derives as before.
 */
import { setDeriver } from './documentDerive'
import { createWorkerDeriver, mainThreadDeriver, type WorkerPort } from './deriver'
import DeriveWorker from './derive.worker?worker'
import { useStudioStore } from './store'

function rederiveOnMainThread(): void {
  setDeriver(mainThreadDeriver)
  const state = useStudioStore.getState()
  // Re-applies the current text so its findings are computed here, now.
  const result = mainThreadDeriver.derive({
    version: state.version,
    source: state.source,
    baseline: state.baseline?.resource ?? null,
  })
  if (result) state.receiveDerived(result)
}

export function startDeriveWorker(): void {
  if (typeof Worker === 'undefined') return
  let worker: WorkerPort
  try {
    worker = new DeriveWorker() as unknown as WorkerPort
  } catch (error) {
    console.warn('The derive worker did not start; deriving on the main thread.', error)
    return
  }
  setDeriver(
    createWorkerDeriver(
      worker,
      (result) => useStudioStore.getState().receiveDerived(result),
      rederiveOnMainThread,
    ),
  )
}
