/** Repeated timing with medians and p95; the benchmark never asserts, it reports. */
export interface Stat {
  median: number
  p95: number
  runs: number
}

export function summarize(samples: number[]): Stat {
  const s = [...samples].sort((a, b) => a - b)
  const at = (q: number): number =>
    s[Math.min(s.length - 1, Math.floor(q * (s.length - 1) + 0.5))] ?? NaN
  return { median: round(at(0.5)), p95: round(at(0.95)), runs: s.length }
}

export function round(x: number): number {
  return Math.round(x * 1000) / 1000
}

/** Times `fn` `runs` times after `warmup` untimed calls. */
export function time(fn: () => unknown, runs: number, warmup = 3): Stat {
  for (let i = 0; i < warmup; i++) fn()
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now()
    fn()
    samples.push(performance.now() - t0)
  }
  return summarize(samples)
}
