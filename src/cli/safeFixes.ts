/**
 * Which fixes `lint --fix` may apply without asking. A finding carries at most one fix, but many
 * fixes are one of several reasonable answers (switch to Pulsar or Kafka? three etcd members or
 * five?) or write a placeholder (a name like "my-milvus"). Those stay for a person, in the studio.
 * `--fix` applies only fixes with one right answer that keep what the cluster runs:
 */
import type { Finding, Patch } from '../rules'

/**
 * Rules whose fix is always safe: it removes a setting the operator or Milvus ignores or
 * overwrites, writes the value the operator would pick anyway, renames a key to the only
 * spelling the operator reads, or completes a setting the document already implies.
 */
const ALWAYS = new Set([
  'api-version-kind', // the only apiVersion/kind pair the operator serves
  'config-mq-type-overwritten', // the operator overwrites mq.type
  'config-pulsar-address-forced', // the operator forces pulsar.address/port
  'config-section-for-other-store', // Milvus drops other stores' sections
  'deployment-group-reserved-keys', // keys the operator overwrites
  'etcd-endpoints-in-cluster', // ignored for in-cluster etcd
  'etcd-endpoints-in-config', // overwritten from spec.dependencies
  'etcd-rbac-key-matches-chart', // the key the etcd chart reads
  'in-cluster-endpoint-overwritten', // overwritten by the in-cluster service
  'kafka-sasl-settings-ignored', // ignored without SASL
  'minio-address-in-config', // overwritten from spec.dependencies
  'storage-azure-needs-remote-type', // Azure storage only works as remote
  'storage-gcs-needs-gcp-provider', // a GCS endpoint needs cloudProvider gcp
  'storage-in-cluster-overwritten', // overwritten for in-cluster MinIO
])

/** Rules whose fix is safe only when it removes a block nothing reads (not when it picks a store). */
const DELETE_ONLY = new Set(['unused-store-block'])

/**
 * Rules whose fix is safe only when it keeps the written text and changes type or letter case
 * ("3" -> 3, "plaintext" -> "PLAINTEXT", "4gi" -> "4Gi"); other guesses are left to a person.
 */
const SAME_TEXT = new Set([
  'schema-value',
  'kafka-security-enums',
  'resources-valid-quantity',
  'storage-size-not-quantity',
])

/** The rule ids `--fix` knows about (a test checks each one exists). */
export const SAFE_FIX_RULES: readonly string[] = [...ALWAYS, ...DELETE_ONLY, ...SAME_TEXT]

const sameText = (a: unknown, b: unknown): boolean =>
  (typeof a === 'string' || typeof a === 'number' || typeof a === 'boolean') &&
  (typeof b === 'string' || typeof b === 'number' || typeof b === 'boolean') &&
  String(a).toLowerCase() === String(b).toLowerCase()

/** True when `--fix` may apply the finding's fix; `current` reads the value now at a path. */
export function isSafeFix(finding: Finding, current: (patch: Patch) => unknown): boolean {
  const patches = finding.fix?.patches
  if (!patches || patches.length === 0) return false
  if (ALWAYS.has(finding.rule)) return true
  if (DELETE_ONLY.has(finding.rule)) return patches.every((p) => p.op === 'delete')
  if (SAME_TEXT.has(finding.rule))
    return patches.every((p) => p.op === 'set' && sameText(current(p), p.value))
  return false
}
