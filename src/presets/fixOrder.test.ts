/**
 * Fixes are order-independent: on every preset (the docs examples as published included),
 * applying every offered fix until none is left gives the same document whatever the order, and
 * leaves no fixable finding behind. The order is a priority over rule ids drawn by fast-check;
 * after each fix the text is derived again, as in the studio.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { deriveDocument } from '../derive'
import type { LocatedFinding } from '../derive'
import { ALL_RULES } from '../rules'
import { applyPatches } from '../yaml'
import { findPreset, PRESETS } from './index'

const MAX_STEPS = 40
const RULE_IDS = ALL_RULES.map((r) => r.id)

/** JSON with sorted keys: two documents that differ only in key order compare equal. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) =>
            a < b ? -1 : a > b ? 1 : 0,
          ),
        )
      : v,
  )
}

interface Outcome {
  readonly document: string
  readonly left: readonly string[]
  readonly applied: readonly string[]
}

/** Applies fixes, always taking the fixable finding whose rule comes first in `priority`. */
function fixAll(text: string, priority: readonly string[]): Outcome {
  const rank = (f: LocatedFinding) => priority.indexOf(f.rule)
  const applied: string[] = []
  let current = text
  for (let step = 0; step < MAX_STEPS; step++) {
    const derived = deriveDocument(current)
    const doc = derived.milvusIndex
    const next = derived.findings.filter((f) => f.fix).sort((a, b) => rank(a) - rank(b))[0]
    if (!next?.fix) {
      const left = derived.findings.map((f) => `${f.rule} ${f.path.join('.')}`).sort()
      return {
        document: canonical(derived.documents[doc] ? deriveValue(current, doc) : null),
        left,
        applied,
      }
    }
    applied.push(next.rule)
    current = applyPatches(current, next.fix.patches, Math.max(doc, 0))
  }
  throw new Error(`fixes did not settle after ${MAX_STEPS} steps: ${applied.join(', ')}`)
}

function deriveValue(text: string, index: number): unknown {
  return deriveDocument(text).documents[index]?.resource
}

describe('fixes are order-independent', () => {
  it.each(PRESETS.map((p) => [p.id, p.yaml] as const))(
    '%s ends in one document in any order',
    (_id, yaml) => {
      const reference = fixAll(yaml, RULE_IDS)
      fc.assert(
        fc.property(fc.shuffledSubarray(RULE_IDS, { minLength: RULE_IDS.length }), (priority) => {
          const outcome = fixAll(yaml, priority)
          expect(outcome.document).toBe(reference.document)
          expect(outcome.left).toEqual(reference.left)
        }),
        { numRuns: 8 },
      )
    },
  )

  it('fixes everything on the docs NATS example (v1alpha1), in every order of its fixes', () => {
    const yaml = findPreset('original-natsmq')?.yaml ?? ''
    const first = deriveDocument(yaml)
      .findings.filter((f) => f.fix)
      .map((f) => f.rule)
    expect(first).toEqual(
      expect.arrayContaining(['v1alpha1-is-standalone', 'natsmq-removed-in-milvus-2-6']),
    )
    const orders = permutations(first)
    const outcomes = orders.map((order) => fixAll(yaml, [...order, ...RULE_IDS]))
    for (const o of outcomes) {
      // The conversion to v1beta1 is never lost, whichever fix comes first.
      expect(o.applied).toContain('v1alpha1-is-standalone')
      expect(o.left.filter((l) => !l.startsWith('natsmq-experimental'))).toEqual([])
      expect(o.document).toBe(outcomes[0]?.document)
    }
  })
})

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]]
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  )
}
