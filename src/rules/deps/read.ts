/**
 * Small readers shared by the etcd, storage and component rules. Pure: they read a resource and
 * return values. Every operator default (mode, version, stream) comes from the model helpers.
 */
import type { MilvusResource, SpecPath } from '../../model'

export type Dict = Record<string, unknown>

export function isRecord(value: unknown): value is Dict {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The value at `path` below `root`, or undefined when a step is missing or not an object. */
export function readPath(root: unknown, path: SpecPath): unknown {
  let cur: unknown = root
  for (const seg of path) {
    if (Array.isArray(cur) && typeof seg === 'number') cur = cur[seg]
    else if (isRecord(cur) && typeof seg === 'string' && Object.hasOwn(cur, seg)) cur = cur[seg]
    else return undefined
  }
  return cur
}

/** Document path of a `spec.config` key (a partial milvus.yaml). */
export function configPath(...keys: string[]): SpecPath {
  return ['spec', 'config', ...keys]
}

/** A `spec.config` value, e.g. `readConfig(r, 'minio', 'useSSL')`. */
export function readConfig(r: MilvusResource, ...keys: string[]): unknown {
  return readPath(r.spec.config, keys)
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

/** Escapes text for use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
