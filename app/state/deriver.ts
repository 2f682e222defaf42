/**
 * Who computes the findings of a text: the main thread at once (tests, and the fallback when no
 * worker can start), or a Web Worker that answers later. The worker deriver keeps at most one
 * request in flight and, while it is busy, only the newest waiting one: typing faster than the
 * rules run never builds a queue, and every answer carries the version it was computed for.
 */
import { deriveFull, type DeriveRequest, type DeriveResult } from './deriveWork'

export interface Deriver {
  /** The result at once, or undefined when it will arrive later through the deriver's listener. */
  derive(request: DeriveRequest): DeriveResult | undefined
}

export const mainThreadDeriver: Deriver = { derive: deriveFull }

/** The part of a Worker the deriver uses (a fake in tests). */
export interface WorkerPort {
  postMessage(message: DeriveRequest): void
  onmessage: ((event: MessageEvent<DeriveResult>) => void) | null
  onerror: ((event: Event) => void) | null
  terminate(): void
}

/**
 * A deriver backed by `port`. `onResult` gets every answer (the caller drops stale ones);
 * `onFailure` is called once if the worker breaks, with the request that was pending, if any.
 */
export function createWorkerDeriver(
  port: WorkerPort,
  onResult: (result: DeriveResult) => void,
  onFailure: () => void,
): Deriver {
  let inFlight = false
  let waiting: DeriveRequest | null = null
  const send = (request: DeriveRequest) => {
    inFlight = true
    port.postMessage(request)
  }
  port.onmessage = (event) => {
    inFlight = false
    const next = waiting
    waiting = null
    if (next) send(next)
    onResult(event.data)
  }
  port.onerror = () => {
    port.onmessage = null
    port.onerror = null
    port.terminate()
    onFailure()
  }
  return {
    derive(request) {
      if (inFlight) waiting = request
      else send(request)
      return undefined
    },
  }
}
