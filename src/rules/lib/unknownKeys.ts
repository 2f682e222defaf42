/**
 * What the unknown-key rules of free-form maps (spec.config, inCluster.values) share: the shape of
 * a key a catalogue does not list, and did-you-mean suggesters prepared once per key list. Pure.
 */
import { createSuggester, type SpecPath, type Suggester } from '../../model'
import type { Dict } from './read'

/** A key the catalogue does not list, where it stands and the keys its section may hold. */
export interface UnknownKey {
  readonly key: string
  readonly value: unknown
  readonly here: SpecPath
  readonly parent: Dict
  readonly known: readonly string[]
}

/**
 * Suggesters by key list, for one check: a pasted dump can hold a hundred unknown keys in one
 * section, and its list is prepared (case-folded, bucketed by length) once for all of them.
 */
export function suggestersByList(): (known: readonly string[]) => Suggester {
  const prepared: Suggester[] = []
  const sameList = (a: readonly string[], b: readonly string[]): boolean =>
    a === b || (a.length === b.length && a.every((k, i) => k === b[i]))
  return (known) => {
    const found = prepared.find((s) => sameList(s.candidates, known))
    if (found) return found
    const made = createSuggester(known)
    prepared.push(made)
    return made
  }
}
