/**
 * Objects read back from a cluster (`kubectl get milvus -o yaml`) carry fields the API server and
 * the operator wrote: status, server metadata, and every default of the operator's webhook
 * (including the milvus-helm values it merges once into `inCluster.values`, see
 * apis/milvus.io/v1beta1/milvus_webhook.go defaultValuesByDependency). Pure.
 */
import { applyOperatorDefaults } from '../operatorChanges'
import { getAtPath } from '../paths'
import type { MilvusResource, SpecPath } from '../types'

/** Fields only the server writes; they must be stripped before re-applying the object. */
export const SERVER_FIELDS: readonly SpecPath[] = [
  ['status'],
  ['metadata', 'uid'],
  ['metadata', 'resourceVersion'],
  ['metadata', 'managedFields'],
  ['metadata', 'creationTimestamp'],
  ['metadata', 'generation'],
  ['metadata', 'finalizers'],
  ['metadata', 'selfLink'],
]

/** The server-written fields present in a parsed document. */
export function serverFieldsOf(raw: unknown): SpecPath[] {
  return SERVER_FIELDS.filter((p) => getAtPath(raw, p) !== undefined)
}

function isUnderInClusterValues(path: SpecPath): boolean {
  return (
    path[0] === 'spec' &&
    path[1] === 'dependencies' &&
    path[3] === 'inCluster' &&
    path[4] === 'values'
  )
}

function without(r: MilvusResource, path: SpecPath): MilvusResource {
  const copy = structuredClone(r)
  const parent = getAtPath(copy, path.slice(0, -1))
  const last = path[path.length - 1]
  if (typeof parent === 'object' && parent !== null && last !== undefined)
    delete (parent as Record<string | number, unknown>)[last]
  return copy
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

/**
 * True when the value at `path` is what the operator writes itself: anything under an
 * `inCluster.values` (merged chart defaults), or a value its webhook defaulting would produce
 * if the field were absent.
 */
export function isOperatorWritten(r: MilvusResource, path: SpecPath): boolean {
  if (isUnderInClusterValues(path)) return true
  const actual = getAtPath(r, path)
  if (actual === undefined || path.length === 0) return false
  return sameValue(getAtPath(applyOperatorDefaults(without(r, path)), path), actual)
}
