/**
 * Shared reader for the Secret rules: for each Secret the resource makes the operator read, the
 * Secrets and ConfigMaps of that name found elsewhere in the same YAML stream. Pure.
 */
import { readStreamObject, secretUses, type MilvusResource, type SecretUse, type StreamObject } from '../../model'
import type { RuleContext } from '../types'

export interface ReferencedObjects {
  readonly use: SecretUse
  readonly secrets: readonly StreamObject[]
  readonly configMaps: readonly StreamObject[]
}

/** The namespace as written on the Milvus resource ('' when absent). */
export function writtenNamespace(r: MilvusResource): string {
  const ns = r.metadata?.namespace
  return typeof ns === 'string' ? ns : ''
}

/** Only the uses whose name appears in the stream: a Secret made elsewhere cannot be checked. */
export function referencedObjects(ctx: RuleContext): ReferencedObjects[] {
  if (!ctx.stream || ctx.stream.length === 0) return []
  const objects = ctx.stream.map(readStreamObject).filter((o): o is StreamObject => o !== undefined)
  return secretUses(ctx.resource)
    .map((use) => ({
      use,
      secrets: objects.filter((o) => o.kind === 'Secret' && o.name === use.name),
      configMaps: objects.filter((o) => o.kind === 'ConfigMap' && o.name === use.name),
    }))
    .filter((x) => x.secrets.length > 0 || x.configMaps.length > 0)
}

/** The Secret in the resource's namespace (both written the same, or both left to kubectl). */
export function secretInNamespace(x: ReferencedObjects, namespace: string): StreamObject | undefined {
  return x.secrets.find((s) => s.namespace === namespace)
}
