/**
 * The Secrets the operator v1.3.8 reads for a Milvus resource: which name, which keys, and from
 * which namespace (always the resource's own: `types.NamespacedName{Namespace: mc.Namespace, ...}`).
 * Sources: pkg/controllers/deployments.go lines 32-35 (key names) and 88-140 (the Milvus pods'
 * env refers to accesskey/secretkey), pkg/controllers/configmaps.go lines 22-61 (kafka username and
 * password must be non-empty), pkg/controllers/conditions.go lines 105-150 (the storage health check
 * and the CA under ca.crt). Pure.
 */
import { effectiveMsgStreamType } from '../effective'
import { getAtPath } from '../paths'
import type { MilvusResource, SpecPath } from '../types'
import { operatorMinioUseIam } from './configValues'

export interface SecretUse {
  /** Where the Secret is named in the resource. */
  readonly path: SpecPath
  readonly name: string
  /** Keys the operator (or the pods it creates) read. */
  readonly keys: readonly string[]
  /** True when an empty value is refused, not just a missing key. */
  readonly nonEmpty: boolean
  /** What happens when a key is missing, in the operator's terms. */
  readonly consequence: 'pods-fail' | 'requeue' | 'condition'
}

function filled(v: unknown): v is string {
  return typeof v === 'string' && v !== ''
}

const D = ['spec', 'dependencies'] as const

/** Each place a Secret is named, with when the operator reads it. */
const SECRET_REFS: readonly (Omit<SecretUse, 'name'> & {
  readonly read: (r: MilvusResource) => boolean
})[] = [
  {
    path: [...D, 'storage', 'secretRef'],
    keys: ['accesskey', 'secretkey'],
    nonEmpty: false,
    consequence: 'pods-fail',
    read: (r) => r.spec?.dependencies?.storage?.external === true,
  },
  {
    path: [...D, 'storage', 'ssl', 'caCertificateRef'],
    keys: ['ca.crt'],
    nonEmpty: false,
    consequence: 'condition',
    read: (r) => r.spec?.dependencies?.storage?.ssl?.enabled === true,
  },
  {
    path: [...D, 'kafka', 'secretRef'],
    keys: ['username', 'password'],
    nonEmpty: true,
    consequence: 'requeue',
    read: (r) => effectiveMsgStreamType(r) === 'kafka',
  },
]

/** The Secrets this resource makes the operator read (in-cluster MinIO's is its own chart's). */
export function secretUses(r: MilvusResource): SecretUse[] {
  return SECRET_REFS.flatMap(({ read, ...use }) => {
    const name = getAtPath(r, use.path)
    return read(r) && filled(name) ? [{ ...use, name }] : []
  })
}

/** True when the storage Secret is read by the health check too (useIAM off, as a real bool). */
export function storageCheckReadsSecret(r: MilvusResource): boolean {
  return !operatorMinioUseIam(r.spec?.config)
}

/** A Secret or ConfigMap found in the same YAML stream, read the way the API server reads it. */
export interface StreamObject {
  readonly kind: string
  readonly name: string
  /** metadata.namespace as written ('' when absent: kubectl uses the current context's). */
  readonly namespace: string
  readonly type: string
  /** Keys of data and stringData with their readable values ('' when empty). */
  readonly values: ReadonlyMap<string, string>
  /** Keys whose value is not a string (the API server refuses the object). */
  readonly notStrings: readonly string[]
  /** Keys under data whose value is not base64 (the API server refuses the object). */
  readonly notBase64: readonly string[]
}

function isDict(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/

function collect(
  map: unknown,
  base64: boolean,
  out: Map<string, string>,
  notStrings: string[],
  notBase64: string[],
): void {
  if (!isDict(map)) return
  for (const [key, value] of Object.entries(map)) {
    if (typeof value !== 'string') {
      if (value !== null) notStrings.push(key)
      out.set(key, '')
      continue
    }
    const text = base64 ? value.replace(/[\r\n]/g, '') : value
    if (base64 && !BASE64.test(text)) notBase64.push(key)
    out.set(key, text)
  }
}

/** A Secret or ConfigMap from a parsed document, or undefined for anything else. */
export function readStreamObject(raw: unknown): StreamObject | undefined {
  if (
    !isDict(raw) ||
    (raw.kind !== 'Secret' && raw.kind !== 'ConfigMap') ||
    raw.apiVersion !== 'v1'
  )
    return undefined
  const meta = isDict(raw.metadata) ? raw.metadata : {}
  const values = new Map<string, string>()
  const notStrings: string[] = []
  const notBase64: string[] = []
  const isSecret = raw.kind === 'Secret'
  collect(raw.data, isSecret, values, notStrings, notBase64)
  collect(isSecret ? raw.stringData : raw.binaryData, false, values, notStrings, notBase64)
  return {
    kind: raw.kind,
    name: typeof meta.name === 'string' ? meta.name : '',
    namespace: typeof meta.namespace === 'string' ? meta.namespace : '',
    type: isSecret ? (typeof raw.type === 'string' && raw.type !== '' ? raw.type : 'Opaque') : '',
    values,
    notStrings,
    notBase64,
  }
}

/** Keys a Secret `type` requires and this Secret lacks (the API server rejects it), or []. */
export function missingTypeKeys(o: StreamObject): string[] {
  if (o.type === 'kubernetes.io/basic-auth')
    return o.values.has('username') || o.values.has('password') ? [] : ['username or password']
  return (SECRET_TYPE_KEYS[o.type] ?? []).filter((k) => !o.values.has(k))
}

/**
 * Keys the API server requires for a Secret `type` (k8s.io/kubernetes pkg/apis/core/validation
 * ValidateSecret). A Secret of such a type without them is rejected when applied.
 */
export const SECRET_TYPE_KEYS: Readonly<Record<string, readonly string[]>> = {
  'kubernetes.io/tls': ['tls.crt', 'tls.key'],
  'kubernetes.io/ssh-auth': ['ssh-privatekey'],
  'kubernetes.io/dockerconfigjson': ['.dockerconfigjson'],
  'kubernetes.io/dockercfg': ['.dockercfg'],
}
