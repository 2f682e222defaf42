/**
 * Small readers shared by the rules. Pure: they read a resource and
 * return values. Every operator default (mode, version, stream) comes from the model helpers.
 */
import { getAtPath, type MilvusResource, type SpecPath } from '../../model'

/** A YAML map as the rules read it. */
export type Dict = Record<string, unknown>

/** Document path of a `spec.config` key (a partial milvus.yaml). */
export function configPath(...keys: string[]): SpecPath {
  return ['spec', 'config', ...keys]
}

/** A `spec.config` value, e.g. `readConfig(r, 'minio', 'useSSL')`. */
export function readConfig(r: MilvusResource, ...keys: readonly string[]): unknown {
  return getAtPath(r.spec.config, keys)
}

/** Milvus reads YAML booleans leniently: `true` and the string "true" both switch a flag on. */
export function isOn(value: unknown): boolean {
  return value === true || (typeof value === 'string' && value.trim().toLowerCase() === 'true')
}

/** A non-empty string (after trimming). */
export function isFilled(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== ''
}

/** `metadata.name`, or a placeholder used only inside generated names in messages. */
export function resourceName(r: MilvusResource): string {
  const name = r.metadata?.name
  return isFilled(name) ? name : 'my-milvus'
}

/** The host of `host[:port]`, lower-cased, with any URL scheme removed. */
export function endpointHost(endpoint: string): string {
  const noScheme = endpoint.trim().replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
  const host = noScheme.split('/')[0] ?? ''
  return host.replace(/:\d*$/, '').toLowerCase()
}

/** Google Cloud Storage's S3-compatible endpoint (`storage.googleapis.com[:443]`). */
export function isGcsEndpoint(endpoint: string): boolean {
  return endpointHost(endpoint) === 'storage.googleapis.com'
}

/** Escapes text for use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
