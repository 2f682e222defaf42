// Public API of the derive step.
export type { LocatedFinding, DerivedDocument, Derived, DeriveOptions } from './types'
export {
  checkMilvusDocument,
  deriveDocument,
  locateFinding,
  sortFindings,
  isMilvusKind,
  isMilvusCandidate,
} from './deriveDocument'
export { wrapFragment } from './wrapFragment'
export { createDocumentCache, SHARED_DOCUMENT_CACHE } from './documentCache'
export type { DocumentCache, DocumentCacheStats } from './documentCache'
export { deriveWithRules } from './deriveWith'
