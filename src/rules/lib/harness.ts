/**
 * Test harness for rules (imported by *.test.ts only): builds a RuleContext the way the derive
 * step does (lift v1alpha1, then normalize), runs one rule, applies a fix's patches.
 */
import { liftToV1beta1, normalize, type MilvusResource } from '../../model'
import { withPath } from '../../test/builders'
import { runRules } from '../defineRule'
import type { Finding, Fix, Rule, RuleContext } from '../types'
import { isRecord } from './mq'

export function contextOf(doc: unknown, baseline?: MilvusResource): RuleContext {
  // As the derive step does: rules get the lifted, normalized resource and the document as parsed.
  const resource = normalize(liftToV1beta1(doc).value).resource
  const apiVersion = isRecord(doc) && typeof doc.apiVersion === 'string' ? doc.apiVersion : ''
  const kind = isRecord(doc) && typeof doc.kind === 'string' ? doc.kind : ''
  return { resource, raw: doc, original: { apiVersion, kind }, ...(baseline ? { baseline } : {}) }
}

export function findingsOf(rule: Rule, doc: unknown, baseline?: MilvusResource): Finding[] {
  const found = runRules(contextOf(doc, baseline), [rule])
  const broken = found.find((f) => f.rule === 'internal-error')
  if (broken) throw new Error(broken.message.en)
  return found
}

/** The document with the fix's patches applied (a fresh copy; the input is not changed). */
export function applyFix(doc: unknown, fix: Fix): unknown {
  let out = doc as MilvusResource
  for (const p of fix.patches) out = withPath(out, p.path, p.op === 'set' ? p.value : undefined)
  return out
}

/**
 * Applies every fix the rule offers on `doc`, one at a time, and returns the findings of the same
 * rule at the same path that remain after each (all empty means every fix clears its finding).
 */
export function remainingAfterFixes(rule: Rule, doc: unknown, baseline?: MilvusResource): Finding[][] {
  const withFix = findingsOf(rule, doc, baseline).filter((f) => f.fix)
  return withFix.map((f) => {
    const fixed = applyFix(doc, f.fix as Fix)
    const key = JSON.stringify(f.path)
    return findingsOf(rule, fixed, baseline).filter((g) => JSON.stringify(g.path) === key)
  })
}
