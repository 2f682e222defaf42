/**
 * Test helpers for the etcd, storage and component rules: a tiny resource builder, a runner for
 * one rule, and a patch applier that mirrors what the store does with a fix (set creates parents,
 * delete removes the key). Used only by `*.test.ts` files.
 */
import type { MilvusResource, MilvusSpec, SpecPath } from '../../model'
import { runRules } from '../defineRule'
import type { Finding, Fix, Rule } from '../types'
import { isRecord } from './read'

/** A v1beta1 Milvus named `demo` in namespace `ns` with the given spec. */
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

/** The findings of one rule on one resource. */
export function lint(rule: Rule, resource: MilvusResource): Finding[] {
  return runRules(
    { resource, original: { apiVersion: resource.apiVersion, kind: resource.kind }, raw: resource },
    [rule],
  )
}

/** A copy of the resource with the fix's patches applied. */
export function applyFix(resource: MilvusResource, fix: Fix | undefined): MilvusResource {
  if (!fix) throw new Error('finding has no fix')
  const copy = structuredClone(resource)
  for (const patch of fix.patches) {
    if (patch.op === 'set') setAt(copy, patch.path, patch.value)
    else deleteAt(copy, patch.path)
  }
  return copy
}

/** Findings of the rule left at the same path after applying the first finding's fix. */
export function remainingAfterFix(rule: Rule, resource: MilvusResource, at = 0): Finding[] {
  const finding = lint(rule, resource)[at]
  if (!finding) throw new Error(`rule ${rule.id} reported nothing`)
  const fixed = applyFix(resource, finding.fix)
  const key = JSON.stringify(finding.path)
  return lint(rule, fixed).filter((f) => JSON.stringify(f.path) === key)
}

function container(root: unknown, path: SpecPath, create: boolean): unknown {
  let cur = root
  for (const [i, seg] of path.entries()) {
    const holder = cur as Record<string | number, unknown>
    let next = holder[seg]
    if ((next === undefined || next === null) && create) {
      next = typeof path[i + 1] === 'number' ? [] : {}
      holder[seg] = next
    }
    if (!isRecord(next) && !Array.isArray(next)) return undefined
    cur = next
  }
  return cur
}

function setAt(root: unknown, path: SpecPath, value: unknown): void {
  const parent = container(root, path.slice(0, -1), true) as Record<string | number, unknown>
  const last = path[path.length - 1]
  if (last !== undefined) parent[last] = structuredClone(value)
}

function deleteAt(root: unknown, path: SpecPath): void {
  const parent = container(root, path.slice(0, -1), false)
  const last = path[path.length - 1]
  if (Array.isArray(parent) && typeof last === 'number') parent.splice(last, 1)
  else if (isRecord(parent) && typeof last === 'string') delete parent[last]
}
