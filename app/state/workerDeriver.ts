/**
 * A deriver backed by a Web Worker. It keeps at most one request in flight and, while it is busy,
 * only the newest waiting one: typing faster than the rules run never builds a queue, and every
 * answer carries the version it was computed for. Rules-free on this side of the boundary: the
 * rules load only in the worker.
 */
import { computeMinimalEdit } from '../editor/minimalEdit'
import type {
  DeriveFindings,
  DeriveMessage,
  DeriveReply,
  DeriveRequest,
  DeriveResult,
} from './deriveWork'

export interface Deriver {
  /** The result at once, or undefined when it will arrive later through the deriver's listener. */
  derive(request: DeriveRequest): DeriveResult | undefined
}

/** Until a deriver is installed: every answer comes later, from whoever is installed next. */
export const laterDeriver: Deriver = { derive: () => undefined }

/** The part of a Worker the deriver uses (a fake in tests); edits are sent only with `edits` on. */
export interface WorkerPort<Message extends DeriveMessage = DeriveRequest> {
  postMessage(message: Message): void
  onmessage: ((event: MessageEvent<DeriveReply>) => void) | null
  onerror: ((event: Event) => void) | null
  terminate(): void
}

export interface WorkerDeriverOptions {
  /**
   * Send each text as the edit that turns the worker's last text into it, and ask for the findings
   * only (the store has already read the text). Off: whole texts in, whole results out.
   */
  readonly edits?: boolean
}

/**
 * A deriver backed by `port`. `onResult` gets every answer (the caller drops stale ones);
 * `onFailure` is called once if the worker breaks.
 */
export function createWorkerDeriver(
  port: WorkerPort<DeriveMessage>,
  onResult: (result: DeriveResult | DeriveFindings) => void,
  onFailure: () => void,
  options: WorkerDeriverOptions = {},
): Deriver {
  let inFlight: DeriveRequest | null = null
  let waiting: DeriveRequest | null = null
  // The text the worker holds once it has read every message sent so far (messages arrive in order).
  let held: { readonly version: number; readonly source: string } | null = null
  const send = (request: DeriveRequest, whole = false) => {
    inFlight = request
    const base = options.edits && !whole ? held : null
    held = { version: request.version, source: request.source }
    if (!options.edits) return port.postMessage(request)
    if (!base) return port.postMessage({ ...request, lean: true })
    const edit = computeMinimalEdit(base.source, request.source)
    port.postMessage({
      version: request.version,
      base: base.version,
      start: edit?.start ?? 0,
      end: edit?.end ?? 0,
      text: edit?.text ?? '',
      baseline: request.baseline,
      lean: true,
    })
  }
  port.onmessage = (event) => {
    const reply = event.data
    const answered = inFlight
    inFlight = null
    const next = waiting ?? ('resend' in reply ? answered : null)
    waiting = null
    if (next) send(next, 'resend' in reply)
    if (!('resend' in reply)) onResult(reply)
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
