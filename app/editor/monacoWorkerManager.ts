/**
 * Drop-in for `monaco-worker-manager`'s main-thread `createWorkerManager`, which monaco-yaml uses.
 * The published package calls `monaco.editor.createWebWorker({ moduleId, label, createData })`, the
 * API monaco-editor 0.56+ removed; the current API takes a ready `worker` and, like Monaco's own
 * language workers (vs/internal/common/workers.js), the page sends 'ignore' then the createData
 * message that the worker side (`monaco-worker-manager/worker`, unchanged) waits for.
 * vite.config.ts aliases the bare `monaco-worker-manager` import to this file.
 */
import type * as Monaco from 'monaco-editor/editor'

interface WorkerManagerOptions<C> {
  createData: C
  interval?: number
  label: string
  moduleId: string
  stopWhenIdleFor?: number
}

interface WorkerEnvironment {
  getWorker(workerId: string, label: string): Worker | Promise<Worker>
}

export interface WorkerManager<T, C> {
  dispose(): void
  getWorker(...resources: Monaco.Uri[]): Promise<T>
  updateCreateData(createData: C): void
}

export function createWorkerManager<T extends object, C>(
  monaco: typeof Monaco,
  options: WorkerManagerOptions<C>,
): WorkerManager<T, C> {
  const { interval = 30_000, label, stopWhenIdleFor = 120_000 } = options
  let createData = options.createData
  let worker: Monaco.editor.MonacoWebWorker<T> | undefined
  let lastUsedTime = 0
  let disposed = false
  const stopWorker = (): void => {
    worker?.dispose()
    worker = undefined
  }
  const intervalId = setInterval(() => {
    if (worker && Date.now() - lastUsedTime > stopWhenIdleFor) stopWorker()
  }, interval)
  const start = (): Monaco.editor.MonacoWebWorker<T> => {
    const env = (globalThis as { MonacoEnvironment?: WorkerEnvironment }).MonacoEnvironment
    if (!env) throw new Error('MonacoEnvironment.getWorker is not set up')
    const data = createData
    const ready = Promise.resolve(env.getWorker('workerMain.js', label)).then((w) => {
      w.postMessage('ignore')
      w.postMessage(data)
      return w
    })
    return monaco.editor.createWebWorker<T>({ worker: ready })
  }
  return {
    dispose() {
      disposed = true
      clearInterval(intervalId)
      stopWorker()
    },
    getWorker(...resources) {
      if (disposed) throw new Error('Worker manager has been disposed')
      lastUsedTime = Date.now()
      worker ??= start()
      return worker.withSyncedResources(resources)
    },
    updateCreateData(next) {
      createData = next
      stopWorker()
    },
  }
}
