/**
 * What the unknown-key rules of free-form maps (spec.config, inCluster.values) share: the shape of
 * a key a catalogue does not list (its did-you-mean comes from the catalogue's KeyIndex). Pure.
 */
import type { SpecPath } from '../../model'
import type { Dict } from './read'

/** A key the catalogue does not list, where it stands and the keys its section may hold. */
export interface UnknownKey {
  readonly key: string
  readonly value: unknown
  readonly here: SpecPath
  readonly parent: Dict
  readonly known: readonly string[]
}
