/**
 * Suggestions for misspelt keys: known historical mistakes first (from old operator and milvus.io
 * docs), then the closest candidate by Damerau-Levenshtein distance (optimal string alignment).
 */

/** Mistakes seen in published examples, mapped to the key that was meant. */
const KNOWN_MISTAKES: Readonly<Record<string, string>> = {
  endpoints: 'endpoint',
  component: 'components',
  securityPolicy: 'securityProtocol',
  resoureces: 'resources',
  limit: 'limits',
  request: 'requests',
  dependency: 'dependencies',
  msgStreamtype: 'msgStreamType',
  brokerlist: 'brokerList',
  brokers: 'brokerList',
}

/** The candidate the user probably meant, or undefined when nothing is close enough. */
export function didYouMean(key: string, candidates: readonly string[]): string | undefined {
  if (candidates.includes(key) || key.length > 200) return undefined
  const known = Object.hasOwn(KNOWN_MISTAKES, key) ? KNOWN_MISTAKES[key] : undefined
  if (known !== undefined && candidates.includes(known)) return known
  const lower = key.toLowerCase()
  const sameCase = candidates.find((c) => c.toLowerCase() === lower)
  if (sameCase !== undefined) return sameCase
  const limit = Math.max(1, Math.floor(key.length / 3))
  let best: string | undefined
  let bestDistance = Infinity
  for (const c of candidates) {
    const d = editDistance(lower, c.toLowerCase())
    if (d <= limit && d < bestDistance) {
      best = c
      bestDistance = d
    }
  }
  return best
}

/** Optimal-string-alignment distance: insertions, deletions, substitutions, adjacent swaps. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)]
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i]
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let d = Math.min((rows[i - 1]?.[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (rows[i - 1]?.[j - 1] ?? 0) + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (rows[i - 2]?.[j - 2] ?? 0) + 1)
      row.push(d)
    }
    rows.push(row)
  }
  return rows[a.length]?.[b.length] ?? Math.max(a.length, b.length)
}
