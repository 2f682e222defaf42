/**
 * The derive worker: receives { version, source, baseline }, answers with the full derive of that
 * text tagged with the same version. The store decides whether the answer is still current.
 */
import { deriveFull, type DeriveRequest, type DeriveResult } from './deriveWork'

interface WorkerScope {
  onmessage: ((event: MessageEvent<DeriveRequest>) => void) | null
  postMessage(message: DeriveResult): void
}

/** The worker's whole behaviour, exported so tests run it without a Worker. */
export function onDeriveRequest(
  request: DeriveRequest,
  post: (result: DeriveResult) => void,
): void {
  post(deriveFull(request))
}

if (typeof self !== 'undefined') {
  const scope = self as unknown as WorkerScope
  scope.onmessage = (event) => onDeriveRequest(event.data, (result) => scope.postMessage(result))
}
