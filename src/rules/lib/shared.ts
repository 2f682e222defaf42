/**
 * Work that several rules do on the same context, done once: `sharedPerContext(compute)` returns a
 * reader that computes on first use and keeps the answer in the context's `shared` map (created by
 * `ruleContext` and by the derive step for every document they check). The answer must be read-only
 * and depend on the context alone; rules must not change it.
 */
import type { RuleContext } from '../types'

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
