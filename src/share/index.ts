// Public API of the share-link codec.
export {
  encodeShareLink,
  decodeShareLink,
  SHARE_VERSION,
  MAX_SHARE_BYTES,
  MAX_LINK_CHARS,
  SHARE_LINK_WARN_CHARS,
  SHARE_ERROR_CODES,
} from './codec'
export type { EncodedShareLink, DecodedShareLink, ShareErrorCode, ShareOptions } from './codec'
export { MAX_SHARED_BASELINES } from './baselinesField'
export type { SharedBaseline, SharedBaselines } from './baselinesField'
export { findSecrets, redactSecrets, REDACTED } from './redact'
export type { RemovedSecret } from './redact'
export { isSecretKey, isSecretEnvName } from './secretKeys'
