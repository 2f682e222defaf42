/**
 * Comments that describe a choice: when the user changes the mode or the message storage, the
 * full-line comments that still name the old choice ("# A minimal standalone Milvus" after
 * switching to cluster) are found here, and can be updated to name the new one or removed. Pure
 * text logic; the studio only ever applies it when the user asks.
 */
export interface Choices {
  readonly mode: 'standalone' | 'cluster'
  readonly store: string
}

export interface StaleComment {
  /** 0-based line in the source. */
  readonly line: number
  readonly text: string
  /** The comment with the old choice replaced by the new one. */
  readonly updated: string
}

const STORE_NAMES: Readonly<Record<string, { readonly label: string; readonly pattern: RegExp }>> =
  {
    rocksmq: { label: 'RocksMQ', pattern: /\brocksmq\b/gi },
    natsmq: { label: 'NATS', pattern: /\bnats(?:mq)?\b/gi },
    pulsar: { label: 'Pulsar', pattern: /\bpulsar\b/gi },
    kafka: { label: 'Kafka', pattern: /\bkafka\b/gi },
    woodpecker: { label: 'Woodpecker', pattern: /\bwoodpecker\b/gi },
  }

const MODE_PATTERN = {
  standalone: /\bstandalone\b/gi,
  // "in-cluster" and "cluster-wide" speak of the Kubernetes cluster, not the mode.
  cluster: /(?<![-\w])cluster(?![-\w])/gi,
} as const

/** Replacements implied by going from `before` to `after`: [pattern, new word]. */
function replacements(before: Choices, after: Choices): [RegExp, string][] {
  const out: [RegExp, string][] = []
  if (before.mode !== after.mode) out.push([MODE_PATTERN[before.mode], after.mode])
  const from = STORE_NAMES[before.store]
  const to = STORE_NAMES[after.store]
  if (before.store !== after.store && from && to) out.push([from.pattern, to.label])
  return out
}

const COMMENT_LINE = /^\s*#/

/** Full-line comments naming a choice that changed from `before` to `after`. */
export function findStaleComments(source: string, before: Choices, after: Choices): StaleComment[] {
  const swaps = replacements(before, after)
  if (swaps.length === 0) return []
  return source.split('\n').flatMap((text, line) => {
    if (!COMMENT_LINE.test(text)) return []
    let updated = text
    for (const [pattern, word] of swaps) updated = updated.replace(pattern, word)
    return updated === text ? [] : [{ line, text, updated }]
  })
}

/** The source with each stale comment replaced by its update, or removed (only if unchanged). */
export function applyToComments(
  source: string,
  stale: readonly StaleComment[],
  how: 'update' | 'remove',
): string {
  const byLine = new Map(stale.map((s) => [s.line, s]))
  return source
    .split('\n')
    .flatMap((text, line) => {
      const hit = byLine.get(line)
      if (!hit || hit.text !== text) return [text]
      return how === 'update' ? [hit.updated] : []
    })
    .join('\n')
}
