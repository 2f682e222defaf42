/**
 * Work that several rules do on the same context, done once: `sharedPerContext(compute)` returns a
 * reader that computes on first use and keeps the answer in the context's `shared` map (created by
 * `ruleContext` and by the derive step for every document they check). The answer must be read-only
 * and depend on the context alone; rules must not change it.
 */
import type { LocalizedText, SpecPath } from '../../model'
import type { Report, ReportOptions, RuleContext } from '../types'

export function sharedPerContext<T>(compute: (ctx: RuleContext) => T): (ctx: RuleContext) => T {
  const read = (ctx: RuleContext): T => {
    const shared = ctx.shared
    if (!shared) return compute(ctx)
    if (shared.has(read)) return shared.get(read) as T
    const value = compute(ctx)
    shared.set(read, value)
    return value
  }
  return read
}

type Call = readonly [SpecPath, LocalizedText, ReportOptions | undefined]

/** What checks reported on a subtree, by the subtree's object and the caller's key. */
const reported = new WeakMap<object, Map<string, readonly Call[]>>()

/**
 * Runs `check` on a subtree of the written document, or, on a settled context, replays what it
 * reported the last time it ran on the same object under the same `key`. The key must name
 * everything else the reports depend on (the rule, the chart, the path); the check must read
 * nothing but the subtree and what the key names. A check that throws leaves nothing behind.
 */
export function reportPerSubtree(
  ctx: RuleContext,
  subtree: unknown,
  key: string,
  report: Report,
  check: (report: Report) => void,
): void {
  if (!ctx.settled || typeof subtree !== 'object' || subtree === null) {
    check(report)
    return
  }
  const byKey = reported.get(subtree)
  const kept = byKey?.get(key)
  if (kept) {
    for (const [path, message, options] of kept) report(path, message, options)
    return
  }
  const calls: Call[] = []
  check((path, message, options) => {
    calls.push([path, message, options])
    report(path, message, options)
  })
  if (byKey) byKey.set(key, calls)
  else reported.set(subtree, new Map([[key, calls]]))
}
