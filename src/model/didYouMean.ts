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

/** Names users write for a field that has another name, with why (shown beside the suggestion). */
const KNOWN_RENAMES: Readonly<
  Record<string, { readonly to: string; readonly en: string; readonly ko: string }>
> = {
  streamNode: {
    to: 'streamingNode',
    en: 'the 2.6 component that owns the WAL is the streaming node, written streamingNode (streamingMode is the on/off switch)',
    ko: 'WAL을 맡는 2.6 컴포넌트는 스트리밍 노드이며 streamingNode로 씁니다(streamingMode는 켜고 끄는 스위치입니다)',
  },
  streamingNodes: {
    to: 'streamingNode',
    en: 'component names are singular',
    ko: '컴포넌트 이름은 단수형입니다',
  },
  mixcoordinator: {
    to: 'mixCoord',
    en: 'the combined coordinator is written mixCoord',
    ko: '통합 코디네이터는 mixCoord로 씁니다',
  },
  authorizationEnable: {
    to: 'authorizationEnabled',
    en: 'Milvus reads common.security.authorizationEnabled; without the final d authentication stays off',
    ko: 'Milvus는 common.security.authorizationEnabled를 읽습니다. 끝의 d가 없으면 인증이 꺼진 채로 남습니다',
  },
}

/** Why `key` most likely means `guess`, when it is a rename the studio knows. */
export function renameReason(
  key: string,
  guess: string,
): { readonly en: string; readonly ko: string } | undefined {
  const known = Object.hasOwn(KNOWN_RENAMES, key) ? KNOWN_RENAMES[key] : undefined
  return known && known.to === guess ? { en: known.en, ko: known.ko } : undefined
}

/** The key `key` is known to stand for (a rename, then a published mistake), if any. */
export function knownMeaning(key: string): string | undefined {
  const renamed = Object.hasOwn(KNOWN_RENAMES, key) ? KNOWN_RENAMES[key]?.to : undefined
  return renamed ?? (Object.hasOwn(KNOWN_MISTAKES, key) ? KNOWN_MISTAKES[key] : undefined)
}

/** How many letters `a` and `b` share at their start plus at their end (the tie-breaker). */
export function sharedAffix(a: string, b: string): number {
  let prefix = 0
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++
  let suffix = 0
  while (
    suffix < a.length - prefix &&
    suffix < b.length - prefix &&
    a[a.length - 1 - suffix] === b[b.length - 1 - suffix]
  )
    suffix++
  return prefix + suffix
}

/** One candidate prepared for suggestions: its case-folded form and its place in the list. */
interface Prepared {
  readonly name: string
  readonly lower: string
  readonly order: number
}

/**
 * A candidate list prepared once for many suggestions (a rule asking about a hundred unknown keys
 * of one section): exact and case-folded lookups, candidates bucketed by length, and the scratch
 * rows of the distance table. Gives exactly what `didYouMean(key, candidates)` gives.
 */
export interface Suggester {
  readonly candidates: readonly string[]
  /** True when `key` is one of the candidates, as written. */
  has(key: string): boolean
  suggest(key: string): string | undefined
}

/** How many answers a suggester keeps before it starts afresh. */
const REMEMBERED_ANSWERS = 2000

/** Prepares `candidates` for `suggest`; keep the result while the list is asked about. */
export function createSuggester(candidates: readonly string[]): Suggester {
  const exact = new Set(candidates)
  const folded = new Map<string, string>()
  const byLength = new Map<number, Prepared[]>()
  let longest = 0
  candidates.forEach((name, order) => {
    const lower = name.toLowerCase()
    if (!folded.has(lower)) folded.set(lower, name)
    const bucket = byLength.get(name.length) ?? []
    bucket.push({ name, lower, order })
    byLength.set(name.length, bucket)
    longest = Math.max(longest, lower.length)
  })
  const rows = [0, 1, 2].map(() => new Int32Array(longest + 2))
  const letters = new Int32Array(128)
  const has = (key: string): boolean => exact.has(key)
  // A pasted block repeats the same unknown names, and a kept suggester sees the same document
  // again on every keystroke: answer each name once (forgetting all past a bound).
  const answers = new Map<string, string | undefined>()
  const suggest = (key: string): string | undefined => {
    if (answers.has(key)) return answers.get(key)
    const answer = search(key)
    if (answers.size >= REMEMBERED_ANSWERS) answers.clear()
    answers.set(key, answer)
    return answer
  }
  const search = (key: string): string | undefined => {
    if (exact.has(key) || key.length > 200) return undefined
    const known = knownMeaning(key)
    if (known !== undefined && exact.has(known)) return known
    const lower = key.toLowerCase()
    const sameCase = folded.get(lower)
    if (sameCase !== undefined) return sameCase
    const limit = Math.max(1, Math.floor(key.length / 3))
    // The closest candidate, then the longest shared prefix plus suffix, then the first listed.
    let best: Prepared | undefined
    let bestDistance = Infinity
    let bestAffix = -1
    for (let i = 0; i < lower.length; i++) letters[lower.charCodeAt(i) & 127]! += 1
    // The distance is at least the difference in length: look at the nearest lengths first and
    // stop once the difference alone is worse than the best distance so far.
    for (let gap = 0; gap <= Math.min(limit, bestDistance); gap++) {
      for (const length of gap === 0 ? [key.length] : [key.length - gap, key.length + gap]) {
        for (const c of byLength.get(length) ?? []) {
          const bound = Math.min(limit, bestDistance)
          if (gap > bound) break
          if (letterDistance(lower.length, c.lower, letters) > bound) continue
          const d = boundedDistance(lower, c.lower, bound, rows)
          if (d > bound) continue
          const affix = sharedAffix(lower, c.lower)
          const isBetter =
            !best ||
            d < bestDistance ||
            affix > bestAffix ||
            (affix === bestAffix && c.order < best.order)
          if (isBetter) {
            best = c
            bestDistance = d
            bestAffix = affix
          }
        }
      }
    }
    letters.fill(0)
    return best?.name
  }
  return { candidates, has, suggest }
}

/**
 * The candidate the user probably meant, or undefined when nothing is close enough. Among equally
 * close candidates the one sharing the longest prefix plus suffix wins (streamNode -> streamingNode,
 * not streamingMode), then the one listed first. For many keys against one list, use `createSuggester`.
 */
export function didYouMean(key: string, candidates: readonly string[]): string | undefined {
  return createSuggester(candidates).suggest(key)
}

/**
 * A lower bound of the distance from a string of `length` letters counted in `letters` (by char
 * code modulo 128) to `b`: letters of one that the other lacks need an edit each; swaps move none.
 */
function letterDistance(length: number, b: string, letters: Int32Array): number {
  let extra = 0
  for (let i = 0; i < b.length; i++) if ((letters[b.charCodeAt(i) & 127]! -= 1) < 0) extra++
  for (let i = 0; i < b.length; i++) letters[b.charCodeAt(i) & 127]! += 1
  const missing = length - (b.length - extra)
  return Math.max(extra, missing)
}

/**
 * `editDistance(a, b)` when it is at most `bound`, otherwise some number above `bound`. Only the
 * diagonal band |i - j| <= bound can hold a path that cheap, and the table stops as soon as a
 * row exceeds it (every path crosses each row; a swap skips one, but it costs what the skipped
 * row's diagonal cell already costs). `rows` are three scratch rows at
 * least `b.length + 2` long.
 */
function boundedDistance(a: string, b: string, bound: number, rows: Int32Array[]): number {
  const over = bound + 1
  if (Math.abs(a.length - b.length) > bound) return over
  if (a === b) return 0
  let older = rows[0] as Int32Array
  let prev = rows[1] as Int32Array
  let cur = rows[2] as Int32Array
  for (let j = 0; j <= Math.min(b.length, over); j++) prev[j] = j
  for (let i = 1; i <= a.length; i++) {
    const lo = Math.max(1, i - bound)
    const hi = Math.min(b.length, i + bound)
    const ai = a.charCodeAt(i - 1)
    const aBefore = i > 1 ? a.charCodeAt(i - 2) : -1
    let left = lo === 1 ? Math.min(i, over) : over
    cur[lo - 1] = left
    let rowMin = left
    for (let j = lo; j <= hi; j++) {
      const bj = b.charCodeAt(j - 1)
      const up = prev[j] as number
      const diagonal = (prev[j - 1] as number) + (ai === bj ? 0 : 1)
      let d = up < left ? up + 1 : left + 1
      if (diagonal < d) d = diagonal
      if (j > 1 && ai === b.charCodeAt(j - 2) && aBefore === bj) {
        const swap = (older[j - 2] as number) + 1
        if (swap < d) d = swap
      }
      cur[j] = d
      left = d
      if (d < rowMin) rowMin = d
    }
    if (hi + 1 <= b.length) cur[hi + 1] = over
    if (rowMin > bound) return over
    const spare = older
    older = prev
    prev = cur
    cur = spare
  }
  return prev[b.length] as number
}

/** Optimal-string-alignment distance: insertions, deletions, substitutions, adjacent swaps. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)]
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i]
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let d = Math.min(
        (rows[i - 1]?.[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (rows[i - 1]?.[j - 1] ?? 0) + cost,
      )
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, (rows[i - 2]?.[j - 2] ?? 0) + 1)
      row.push(d)
    }
    rows.push(row)
  }
  return rows[a.length]?.[b.length] ?? Math.max(a.length, b.length)
}
