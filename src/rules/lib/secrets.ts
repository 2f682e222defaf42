/**
 * Shared reader for the Secret rules (and what the operator does when one is unusable): for each Secret the resource makes the operator read, the
 * Secrets and ConfigMaps of that name found elsewhere in the same YAML stream. Pure.
 */
import {
  readStreamObject,
  secretUses,
  type LocalizedText,
  type SecretUse,
  type StreamObject,
} from '../../model'
import type { RuleContext } from '../types'

export interface ReferencedObjects {
  readonly use: SecretUse
  readonly secrets: readonly StreamObject[]
  readonly configMaps: readonly StreamObject[]
  /** The Milvus resource's namespace as written ('' when left to kubectl). */
  readonly namespace: string
  /** The Secret the operator reads: the one in the resource's namespace (both written the same, or both left to kubectl). */
  readonly inNamespace: StreamObject | undefined
}

/** Only the uses whose name appears in the stream: a Secret made elsewhere cannot be checked. */
export function referencedObjects(ctx: RuleContext): ReferencedObjects[] {
  if (!ctx.stream || ctx.stream.length === 0) return []
  const objects = ctx.stream.map(readStreamObject).filter((o): o is StreamObject => o !== undefined)
  const written = ctx.resource.metadata?.namespace
  const namespace = typeof written === 'string' ? written : ''
  return secretUses(ctx.resource)
    .map((use) => {
      const secrets = objects.filter((o) => o.kind === 'Secret' && o.name === use.name)
      const configMaps = objects.filter((o) => o.kind === 'ConfigMap' && o.name === use.name)
      const inNamespace = secrets.find((o) => o.namespace === namespace)
      return { use, secrets, configMaps, namespace, inNamespace }
    })
    .filter((x) => x.secrets.length > 0 || x.configMaps.length > 0)
}

export function secretConsequence(use: SecretUse, namespace: string, key: string): LocalizedText {
  const ns = namespace === '' ? '<namespace>' : namespace
  switch (use.consequence) {
    case 'pods-fail':
      return {
        en: `the Milvus pods take ${key} from it as environment variables and stay in CreateContainerConfigError, and the operator reports the storage not ready (SecretNotExist)`,
        ko: `Milvus 파드가 ${key}를 환경 변수로 읽으므로 CreateContainerConfigError 상태에 머물고, 오퍼레이터는 스토리지를 준비되지 않음(SecretNotExist)으로 보고합니다`,
      }
    case 'requeue':
      return {
        en: `the operator stops with "kafka sasl secret[${ns}/${use.name}] has no [${key}] key" and retries without configuring Milvus`,
        ko: `오퍼레이터가 "kafka sasl secret[${ns}/${use.name}] has no [${key}] key" 오류로 멈추고 Milvus를 구성하지 않은 채 재시도합니다`,
      }
    case 'condition':
      return {
        en: `the operator's storage check fails with "CA certificate not found in secret, expected key: ${key}"`,
        ko: `오퍼레이터의 스토리지 점검이 "CA certificate not found in secret, expected key: ${key}"로 실패합니다`,
      }
  }
}
