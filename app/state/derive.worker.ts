/**
 * The derive worker: receives { version, source, baseline }, answers with the full derive of that
 * text tagged with the same version. The store decides whether the answer is still current.
 */
import { deriveFull, type DeriveRequest } from './deriveWork'

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<DeriveRequest>) => void) | null
  postMessage(message: unknown): void
}

scope.onmessage = (event) => {
  scope.postMessage(deriveFull(event.data))
}
