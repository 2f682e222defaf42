/**
 * Runs one rule the way the studio does, for rule tests: the document is written as YAML text,
 * parsed, lifted from v1alpha1, normalized and checked by the derive step's own function (so the
 * runner's v1alpha1 fix mapping applies), and a fix is applied to that text with the same
 * `applyPatches` the store uses, then read back. Used by `*.test.ts` files only.
 */
import { expect, it } from 'vitest'
import { checkMilvusDocument } from '../derive'
import type { MilvusResource, MilvusSpec } from '../model'
import { isRecord } from '../model'
import type { Finding, Fix, Rule } from '../rules'
import { applyPatches, parseYaml, serializeYaml } from '../yaml'

/** A v1beta1 Milvus named `demo` in namespace `ns` with the given spec (no mode: the default). */
export function milvus(spec: MilvusSpec = {}, name = 'demo'): MilvusResource {
  return {
    apiVersion: 'milvus.io/v1beta1',
    kind: 'Milvus',
    metadata: { name, namespace: 'ns' },
    spec: structuredClone(spec),
  }
}

/** The same in cluster mode. */
export function cluster(spec: MilvusSpec = {}, name = 'demo'): MilvusResource {
  return milvus({ mode: 'cluster', ...spec }, name)
}

function parsedOnly(text: string) {
  const doc = parseYaml(text).documents[0]
  if (!doc || doc.errors.length > 0) throw new Error(`test document does not parse:\n${text}`)
  return doc
}

/** The findings of one rule on a document (an object, written out as YAML first, or YAML text). */
export function findingsOf(rule: Rule, doc: unknown, baseline?: MilvusResource): Finding[] {
  const parsed = parsedOnly(typeof doc === 'string' ? doc : serializeYaml(doc))
  const raw = parsed.value
  const text = (key: string): string =>
    isRecord(raw) && typeof raw[key] === 'string' ? raw[key] : ''
  const options = { rules: [rule], ...(baseline ? { baseline } : {}) }
  const { findings } = checkMilvusDocument(parsed, text('apiVersion'), text('kind'), options)
  const broken = findings.find((f) => f.rule === 'internal-error')
  if (broken) throw new Error(broken.message.en)
  return findings.filter((f) => f.rule === rule.id).map(({ range: _range, ...f }) => f)
}

/** The document with the fix applied to its YAML text, read back (the input is not changed). */
export function applyFix<T>(doc: T, fix: Fix | undefined): T {
  if (!fix) throw new Error('finding has no fix')
  return parsedOnly(applyPatches(serializeYaml(doc), fix.patches)).value as T
}

/** Findings of the rule left at the same path after applying the fix of its `at`-th finding. */
export function remainingAfterFix(
  rule: Rule,
  doc: unknown,
  at = 0,
  baseline?: MilvusResource,
): Finding[] {
  const finding = findingsOf(rule, doc, baseline)[at]
  if (!finding) throw new Error(`rule ${rule.id} reported nothing`)
  const key = JSON.stringify(finding.path)
  return findingsOf(rule, applyFix(doc, finding.fix), baseline).filter(
    (f) => JSON.stringify(f.path) === key,
  )
}

/**
 * Applies every fix the rule offers on `doc`, one at a time, and returns the findings of the same
 * rule at the same path that remain after each (all empty means every fix clears its finding).
 */
export function remainingAfterFixes(
  rule: Rule,
  doc: unknown,
  baseline?: MilvusResource,
): Finding[][] {
  const found = findingsOf(rule, doc, baseline)
  return found.flatMap((f, at) => (f.fix ? [remainingAfterFix(rule, doc, at, baseline)] : []))
}

/** One `it` per named document on which the rule must report nothing. */
export function itDoesNotFire(rule: Rule, cases: readonly (readonly [string, unknown])[]): void {
  it.each(cases)('does not fire for %s', (_name, doc) => {
    expect(findingsOf(rule, doc)).toEqual([])
  })
}

/** The rule offers exactly one fix on `doc`, and applying it to the text clears the finding. */
export function itsFixClears(rule: Rule, doc: unknown): void {
  it('its fix clears the finding', () => {
    expect(remainingAfterFixes(rule, doc)).toEqual([[]])
  })
}
