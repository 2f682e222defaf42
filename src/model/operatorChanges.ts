/**
 * What the operator does to a resource on its way in (mutating webhook `Default()`, see https://github.com/zilliztech/milvus-operator/blob/v1.3.8/apis/milvus.io/v1beta1/milvus_webhook.go#L53)
 * and which spec.config keys its rendering ignores (https://github.com/zilliztech/milvus-operator/blob/v1.3.8/pkg/controllers/configmaps.go#L90): defaults for absent fields,
 * values it overwrites whatever the user wrote, and keys it removes. Returns a plan; applying
 * it is `applyOperatorDefaults`. Pure: no clock, no cluster access.
 */
import {
  componentsCreated,
  defaultEnableRollingUpdate,
  defaultEtcdReplicas,
  defaultMinioMode,
  effectiveMode,
  effectiveMsgStreamType,
} from './effective'
import { getAtPath } from './paths'
import { isRecord } from './safeClone'
import type { LocalizedText, MilvusResource, SpecPath } from './types'
import { DEFAULT_MILVUS_IMAGE, isMilvusAtLeast } from './version'

export interface OperatorChange {
  path: SpecPath
  /** `set` writes `value`; `delete` removes the key. */
  op: 'set' | 'delete'
  value?: unknown
  /** What the user wrote there (undefined when absent). */
  written: unknown
  /** default: fills an absent field; overwrite: replaces whatever is there; remove: deletes it. */
  kind: 'default' | 'overwrite' | 'remove'
  /** webhook: the stored resource changes; render: only the generated milvus.yaml ignores the key. */
  stage: 'webhook' | 'render'
  reason: LocalizedText
}

/** metadata.namespace, or `default` as the operator assumes. */
export function effectiveNamespace(r: MilvusResource): string {
  const ns = r.metadata?.namespace
  return typeof ns === 'string' && ns !== '' ? ns : 'default'
}

/** The built-in MQ whose `persistence` block the operator uses (GetMilvusBuiltInMQ), if any. */
export function effectiveBuiltInMq(
  r: MilvusResource,
): 'rocksmq' | 'natsmq' | 'woodpecker' | undefined {
  const stream = effectiveMsgStreamType(r)
  if (stream === 'rocksmq' || stream === 'natsmq') return stream
  if (stream === 'woodpecker' && r.spec?.dependencies?.woodpecker?.external !== true)
    return 'woodpecker'
  return undefined
}

/** enableRollingUpdate after defaulting: true when unset, forced false for standalone RocksMQ/NATS. */
export function effectiveEnableRollingUpdate(r: MilvusResource): boolean {
  if (!defaultEnableRollingUpdate(r)) return false
  const v = r.spec?.components?.enableRollingUpdate
  return typeof v === 'boolean' ? v : true
}

const isAbsent = (v: unknown): boolean => v === undefined || v === null || v === ''

type Add = (
  path: SpecPath,
  kind: OperatorChange['kind'],
  value: unknown,
  reason: LocalizedText,
  stage?: OperatorChange['stage'],
) => void

function collector(r: MilvusResource, out: OperatorChange[]): Add {
  return (path, kind, value, reason, stage = 'webhook') => {
    const written = getAtPath(r, path)
    if (kind === 'default' && !isAbsent(written)) return
    if (kind === 'overwrite' && JSON.stringify(written) === JSON.stringify(value)) return
    if (kind === 'remove') {
      if (written === undefined) return
      out.push({ path, op: 'delete', written, kind, stage, reason })
      return
    }
    out.push({ path, op: 'set', value, written, kind, stage, reason })
  }
}

const DEFAULTED: LocalizedText = {
  en: 'The operator fills this in when it is not set.',
  ko: '값이 없으면 오퍼레이터가 채웁니다.',
}
const C = ['spec', 'components'] as const
const D = ['spec', 'dependencies'] as const

function componentDefaults(r: MilvusResource, add: Add): void {
  add(['metadata', 'namespace'], 'default', 'default', DEFAULTED)
  add(['spec', 'mode'], 'default', 'standalone', DEFAULTED)
  add([...C, 'image'], 'default', DEFAULT_MILVUS_IMAGE, DEFAULTED)
  add([...C, 'imageUpdateMode'], 'default', 'rollingUpgrade', DEFAULTED)
  if (!r.spec?.components?.rollingMode) add([...C, 'rollingMode'], 'default', 2, DEFAULTED)
  add([...C, 'updateConfigMapOnly'], 'default', true, DEFAULTED)
  const rolling = effectiveEnableRollingUpdate(r)
  const forced: LocalizedText = {
    en: 'Standalone Milvus with RocksMQ or NATS cannot roll pods one by one, so the operator turns this off.',
    ko: 'RocksMQ나 NATS를 쓰는 스탠드얼론 Milvus는 파드를 하나씩 교체할 수 없으므로 오퍼레이터가 이 값을 끕니다.',
  }
  add(
    [...C, 'enableRollingUpdate'],
    rolling ? 'default' : 'overwrite',
    rolling,
    rolling ? DEFAULTED : forced,
  )
  for (const name of componentsCreated(r)) add([...C, name, 'replicas'], 'default', 1, DEFAULTED)
  if (effectiveMode(r) === 'cluster') {
    const streaming =
      isMilvusAtLeast(r, 2, 6) ||
      r.spec?.components?.streamingMode === true ||
      isRecord(r.spec?.components?.streamingNode)
    add([...C, 'streamingMode'], 'default', streaming, DEFAULTED)
  }
}

function messageStreamChanges(r: MilvusResource, add: Add, name: string, ns: string): void {
  const stream = effectiveMsgStreamType(r)
  add([...D, 'msgStreamType'], 'default', stream, {
    en: `With no msgStreamType the operator picks ${stream} for this mode and Milvus version.`,
    ko: `msgStreamType이 없으면 오퍼레이터가 이 모드와 Milvus 버전에 맞춰 ${stream}을(를) 고릅니다.`,
  })
  const deps = r.spec?.dependencies
  if (stream === 'kafka' && deps?.kafka?.external !== true) {
    add(
      [...D, 'kafka', 'brokerList'],
      'overwrite',
      [`${name}-kafka.${ns}:9092`],
      inClusterEndpoint('Kafka'),
    )
    add([...D, 'kafka', 'inCluster', 'deletionPolicy'], 'default', 'Retain', DEFAULTED)
  }
  if (stream === 'pulsar' && deps?.pulsar?.external !== true) {
    add(
      [...D, 'pulsar', 'endpoint'],
      'overwrite',
      `${name}-pulsar-proxy.${ns}:6650`,
      inClusterEndpoint('Pulsar'),
    )
    add([...D, 'pulsar', 'inCluster', 'chartVersion'], 'default', 'pulsar-v3', DEFAULTED)
    add([...D, 'pulsar', 'inCluster', 'deletionPolicy'], 'default', 'Retain', DEFAULTED)
  }
}

function inClusterEndpoint(what: string): LocalizedText {
  return {
    en: `${what} is installed by the operator, which points Milvus at its own release and replaces this value.`,
    ko: `${what}는 오퍼레이터가 설치하며, Milvus가 그 릴리스를 가리키도록 이 값을 바꿔 씁니다.`,
  }
}

function metaAndStorageChanges(r: MilvusResource, add: Add, name: string, ns: string): void {
  const deps = r.spec?.dependencies
  if (deps?.etcd?.external !== true) {
    const declared = getAtPath(r, [...D, 'etcd', 'inCluster', 'values', 'replicaCount'])
    const replicas =
      typeof declared === 'number' && declared > 0 ? declared : defaultEtcdReplicas(r)
    add([...D, 'etcd', 'inCluster', 'values', 'replicaCount'], 'default', replicas, DEFAULTED)
    add([...D, 'etcd', 'inCluster', 'chartVersion'], 'default', 'etcd-v8', DEFAULTED)
    add([...D, 'etcd', 'inCluster', 'deletionPolicy'], 'default', 'Retain', DEFAULTED)
    const endpoints = Array.from(
      { length: Math.min(replicas, 99) },
      (_, i) => `${name}-etcd-${i}.${name}-etcd-headless.${ns}:2379`,
    )
    if (!Array.isArray(deps?.etcd?.endpoints) || deps.etcd.endpoints.length === 0)
      add([...D, 'etcd', 'endpoints'], 'overwrite', endpoints, DEFAULTED)
  }
  add([...D, 'storage', 'type'], 'default', 'MinIO', DEFAULTED)
  if (deps?.storage?.external !== true) {
    add(
      [...D, 'storage', 'endpoint'],
      'overwrite',
      `${name}-minio.${ns}:9000`,
      inClusterEndpoint('MinIO'),
    )
    add([...D, 'storage', 'secretRef'], 'overwrite', `${name}-minio`, inClusterEndpoint('MinIO'))
    add([...D, 'storage', 'inCluster', 'deletionPolicy'], 'default', 'Retain', DEFAULTED)
    if (defaultMinioMode(r) === 'standalone')
      add([...D, 'storage', 'inCluster', 'values', 'mode'], 'default', 'standalone', DEFAULTED)
  }
}

/**
 * spec.config keys the operator deletes and writes itself from spec.dependencies
 * (https://github.com/zilliztech/milvus-operator/blob/v1.3.8/pkg/controllers/configmaps.go#L90).
 */
export const FORCED_CONFIG_KEYS = [
  ['minio', 'address'],
  ['minio', 'port'],
  ['pulsar', 'address'],
  ['pulsar', 'port'],
  ['etcd', 'endpoints'],
] as const satisfies readonly (readonly [string, string])[]

function configChanges(r: MilvusResource, add: Add): void {
  for (const key of FORCED_CONFIG_KEYS) {
    add(['spec', 'config', ...key], 'remove', undefined, {
      en: `The operator deletes spec.config.${key.join('.')} and writes its own value from spec.dependencies.`,
      ko: `오퍼레이터는 spec.config.${key.join('.')}을(를) 지우고 spec.dependencies에서 만든 값을 씁니다.`,
    })
  }
  const stream = effectiveMsgStreamType(r)
  if (stream !== 'custom' && getAtPath(r, ['spec', 'config', 'mq', 'type']) !== undefined) {
    add(
      ['spec', 'config', 'mq', 'type'],
      'overwrite',
      stream,
      {
        en: `The operator always renders mq.type from msgStreamType (${stream}), so this value is ignored.`,
        ko: `오퍼레이터는 mq.type을 항상 msgStreamType(${stream})으로 만들므로 이 값은 무시됩니다.`,
      },
      'render',
    )
  }
}

/** Every change the operator makes to `r` (defaults, overwrites, removals), in a stable order. */
export function operatorChanges(r: MilvusResource): OperatorChange[] {
  const out: OperatorChange[] = []
  const add = collector(r, out)
  const rawName = r.metadata?.name
  const name = typeof rawName === 'string' && rawName !== '' ? rawName : 'my-milvus'
  const ns = effectiveNamespace(r)
  componentDefaults(r, add)
  messageStreamChanges(r, add, name, ns)
  metaAndStorageChanges(r, add, name, ns)
  configChanges(r, add)
  return out
}

/** A copy of `r` as the operator stores it after its webhook (render-stage changes are not applied). */
export function applyOperatorDefaults(r: MilvusResource): MilvusResource {
  const copy = structuredClone(r)
  for (const change of operatorChanges(r)) {
    if (change.stage !== 'webhook') continue
    applyChange(copy, change)
  }
  return copy
}

function applyChange(root: MilvusResource, change: OperatorChange): void {
  let cur: Record<string, unknown> = root
  const parents = change.path.slice(0, -1)
  for (const seg of parents) {
    const next = cur[String(seg)]
    if (!isRecord(next)) {
      if (change.op === 'delete') return
      cur[String(seg)] = {}
    }
    cur = cur[String(seg)] as Record<string, unknown>
  }
  const last = String(change.path[change.path.length - 1])
  if (change.op === 'delete') delete cur[last]
  else cur[last] = structuredClone(change.value)
}
