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

function sharedAffix(a: string, b: string): number {
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

/**
 * The candidate the user probably meant, or undefined when nothing is close enough. Among equally
 * close candidates the one sharing the longest prefix plus suffix wins (streamNode -> streamingNode,
 * not streamingMode).
 */
export function didYouMean(key: string, candidates: readonly string[]): string | undefined {
  if (candidates.includes(key) || key.length > 200) return undefined
  const renamed = Object.hasOwn(KNOWN_RENAMES, key) ? KNOWN_RENAMES[key]?.to : undefined
  const known = renamed ?? (Object.hasOwn(KNOWN_MISTAKES, key) ? KNOWN_MISTAKES[key] : undefined)
  if (known !== undefined && candidates.includes(known)) return known
  const lower = key.toLowerCase()
  const sameCase = candidates.find((c) => c.toLowerCase() === lower)
  if (sameCase !== undefined) return sameCase
  const limit = Math.max(1, Math.floor(key.length / 3))
  let best: string | undefined
  let bestDistance = Infinity
  let bestAffix = -1
  for (const c of candidates) {
    // The distance is at least the difference in length: skip the table for hopeless candidates.
    if (Math.abs(c.length - key.length) > Math.min(limit, bestDistance)) continue
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
