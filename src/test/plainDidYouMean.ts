/**
 * The plain did-you-mean search, as it ran before suggesters: every candidate's full distance
 * table, in list order, keeping the closest, then the longest shared prefix plus suffix. Tests
 * check that the prepared, pruned search in model/didYouMean.ts gives exactly these answers.
 */
import { editDistance, knownMeaning, sharedAffix } from '../model/didYouMean'
import type { Suggester } from '../model/didYouMean'

export function plainDidYouMean(key: string, candidates: readonly string[]): string | undefined {
  if (candidates.includes(key) || key.length > 200) return undefined
  const known = knownMeaning(key)
  if (known !== undefined && candidates.includes(known)) return known
  const lower = key.toLowerCase()
  const sameCase = candidates.find((c) => c.toLowerCase() === lower)
  if (sameCase !== undefined) return sameCase
  const limit = Math.max(1, Math.floor(key.length / 3))
  let best: string | undefined
  let bestDistance = Infinity
  let bestAffix = -1
  for (const c of candidates) {
    const cl = c.toLowerCase()
    const d = editDistance(lower, cl)
    if (d > limit || d > bestDistance) continue
    const affix = sharedAffix(lower, cl)
    if (d < bestDistance || affix > bestAffix) {
      best = c
      bestDistance = d
      bestAffix = affix
    }
  }
  return best
}

/** A suggester that answers with the plain search (for comparing whole derives). */
export function plainSuggester(candidates: readonly string[]): Suggester {
  return {
    candidates,
    has: (key) => candidates.includes(key),
    suggest: (key) => plainDidYouMean(key, candidates),
  }
}
