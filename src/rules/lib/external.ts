/**
 * External etcd and object storage: with `external: true` the operator deploys neither and passes
 * on the addresses written in the resource (validateExternal, see https://github.com/zilliztech/milvus-operator/blob/v1.3.8/apis/milvus.io/v1beta1/milvus_webhook.go#L284).
 */
import { pathToString, type MilvusResource, type SpecPath } from '../../model'
import { isFilled } from './read'

/**
 * The addresses written for an external etcd (`endpoints`) or object storage (`endpoint`):
 * undefined when the operator deploys that dependency itself, empty when none is given.
 */
export function externalAddresses(
  r: MilvusResource,
  dep: 'etcd' | 'storage',
): readonly string[] | undefined {
  const deps = r.spec.dependencies
  if (deps?.[dep]?.external !== true) return undefined
  if (dep === 'etcd') return Array.isArray(deps.etcd?.endpoints) ? deps.etcd.endpoints : []
  const endpoint = deps.storage?.endpoint
  return isFilled(endpoint) ? [endpoint] : []
}

/** The webhook's text for a required field that is empty: "<path> should be configured". */
export function shouldBeConfigured(path: SpecPath): string {
  return `${pathToString(path)} should be configured`
}
