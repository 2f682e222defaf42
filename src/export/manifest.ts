/** The manifest export: exactly the editor text, every document and comment included. Pure. */
import type { Derived } from '../derive'

/** The derived source unchanged, so a download or copy is byte-identical to what the user sees. */
export function toManifest(derived: Pick<Derived, 'source'>): string {
  return derived.source
}
