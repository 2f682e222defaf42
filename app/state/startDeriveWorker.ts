/**
 * Moves the rules off the main thread: starts the derive worker, installs it as the store's
 * deriver and asks it for the current text's findings. Without Worker support, or if the worker
 * fails, the main-thread deriver (and the rules with it) is loaded and derives as before.
 */
import { setDeriver } from './documentDerive'
import DeriveWorker from './derive.worker?worker'
import { useStudioStore } from './store'
import { createWorkerDeriver, type Deriver, type WorkerPort } from './workerDeriver'

/** Installs `deriver` and derives the current text with it (an answer now is applied now). */
function deriveCurrentWith(deriver: Deriver): void {
  setDeriver(deriver)
  const state = useStudioStore.getState()
  const result = deriver.derive({
    version: state.version,
    source: state.source,
    baseline: state.baseline?.resource ?? null,
  })
  if (result) state.receiveDerived(result)
}

function deriveOnMainThread(): void {
  void import('./deriver').then(({ mainThreadDeriver }) => deriveCurrentWith(mainThreadDeriver))
}

export function startDeriveWorker(): void {
  if (typeof Worker === 'undefined') return deriveOnMainThread()
  let worker: WorkerPort
  try {
    worker = new DeriveWorker() as unknown as WorkerPort
  } catch (error) {
    console.warn('The derive worker did not start; deriving on the main thread.', error)
    return deriveOnMainThread()
  }
  deriveCurrentWith(
    createWorkerDeriver(
      worker,
      (result) => useStudioStore.getState().receiveDerived(result),
      deriveOnMainThread,
      { edits: true },
    ),
  )
}
