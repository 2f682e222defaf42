/**
 * The derive worker: receives a text version (whole, or as an edit of the one it holds), answers
 * with the full derive of that text tagged with the same version. The store decides whether the
 * answer is still current.
 */
import {
  deriveFull,
  findingsOnly,
  type DeriveMessage,
  type DeriveReply,
  type DeriveRequest,
  type DeriveResult,
} from './deriveWork'

interface WorkerScope {
  onmessage: ((event: MessageEvent<DeriveMessage>) => void) | null
  postMessage(message: DeriveReply): void
}

/** The worker's answer to one whole-text request, exported so tests run it without a Worker. */
export function onDeriveRequest(
  request: DeriveRequest,
  post: (result: DeriveResult) => void,
): void {
  post(deriveFull(request))
}

/**
 * The worker's whole behaviour: keeps the last text it derived, so that a request can send only
 * what changed since (`DeriveEditRequest`). An edit of a text it does not hold is answered with
 * `resend` and nothing is derived.
 */
export function createDeriveHandler(): (
  message: DeriveMessage,
  post: (reply: DeriveReply) => void,
) => void {
  let held: { readonly version: number; readonly source: string } | null = null
  return (message, post) => {
    let source: string
    if ('source' in message) source = message.source
    else if (held?.version === message.base && message.end <= held.source.length)
      source = held.source.slice(0, message.start) + message.text + held.source.slice(message.end)
    else {
      held = null
      post({ version: message.version, resend: true })
      return
    }
    held = { version: message.version, source }
    const result = deriveFull({ version: message.version, source, baseline: message.baseline })
    post(message.lean ? findingsOnly(result) : result)
  }
}

if (typeof self !== 'undefined' && typeof window === 'undefined') {
  const scope = self as unknown as WorkerScope
  const handle = createDeriveHandler()
  scope.onmessage = (event) => handle(event.data, (reply) => scope.postMessage(reply))
}
