// Public API of the derive step.
export type { LocatedFinding, DerivedDocument, Derived, DeriveOptions } from './types'
export { checkMilvusDocument, deriveDocument, locateFinding, sortFindings, isMilvusKind } from './deriveDocument'
export { createDocumentCache, SHARED_DOCUMENT_CACHE } from './documentCache'
export type { DocumentCache, DocumentCacheStats } from './documentCache'
