/**
 * Who computes the findings of a text: the main thread at once (tests, and the fallback when no
 * worker can start), or a Web Worker that answers later (`workerDeriver.ts`). Importing this
 * module loads every rule: the app reaches it only through a dynamic import.
 */
import { deriveFull } from './deriveWork'
import type { Deriver } from './workerDeriver'

export { createWorkerDeriver, laterDeriver } from './workerDeriver'
export type { Deriver, WorkerDeriverOptions, WorkerPort } from './workerDeriver'

export const mainThreadDeriver: Deriver = { derive: deriveFull }
