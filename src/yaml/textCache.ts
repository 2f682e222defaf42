/**
 * A small bounded cache keyed by exact text, with hit and miss counts. The parser keeps two of
 * them as module state (compose.ts: composed streams; fastStream.ts: parsed block documents),
 * because the studio re-reads the text it has just edited. Values are only read after they are
 * stored, never mutated, so a hit is indistinguishable from a fresh parse.
 */
export interface TextCacheStats {
  readonly hits: number
  readonly misses: number
  readonly entries: number
}

export interface TextCache<V> {
  /** The value stored for `text`, counting a hit or a miss. */
  get(text: string): V | undefined
  /** Stores `value` unless the text is over the size limit; the oldest entries go first. */
  set(text: string, value: V): void
  clear(): void
  /** A snapshot of the counters (a copy: callers cannot change them). */
  stats(): TextCacheStats
}

export function createTextCache<V>(maxEntries: number, maxChars: number): TextCache<V> {
  const entries = new Map<string, V>()
  let chars = 0
  let hits = 0
  let misses = 0
  return {
    get(text) {
      const value = entries.get(text)
      if (value === undefined) misses++
      else hits++
      return value
    },
    set(text, value) {
      if (text.length > maxChars) return
      if (entries.has(text)) chars -= text.length
      entries.delete(text)
      entries.set(text, value)
      chars += text.length
      for (const k of entries.keys()) {
        if (entries.size <= maxEntries && chars <= maxChars) break
        entries.delete(k)
        chars -= k.length
      }
    },
    clear() {
      entries.clear()
      chars = 0
    },
    stats: () => ({ hits, misses, entries: entries.size }),
  }
}
