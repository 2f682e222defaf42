// Public API of the derive step (owned by the YAML work).
export type { LocatedFinding, DerivedDocument, Derived, DeriveOptions } from './types'
export { deriveDocument, locateFinding, sortFindings, isMilvusKind, isMilvusCandidate } from './deriveDocument'
