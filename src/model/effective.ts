/**
 * Effective values: what the operator's defaulting (mutating webhook `Default()`) turns a resource
 * into, for the few decisions rules and exporters need. Rules call these and never re-derive a
 * default themselves. Pure: reads the resource, returns values.
 */
import { isMilvusAtLeast } from './version'
import {
  COMPONENT_NAMES,
  COORDINATORS,
  MILVUS_MODES,
  MSG_STREAM_TYPES,
  type ComponentName,
  type MilvusMode,
  type MilvusResource,
  type MsgStreamType,
} from './types'

/** A fresh, minimal v1beta1 Milvus (a new object on every call). */
export function createDefaultResource(): MilvusResource {
  return {
    apiVersion: 'milvus.io/v1beta1',
    kind: 'Milvus',
    metadata: { name: 'my-milvus' },
    spec: {},
  }
}

/** `spec.mode`, or `standalone` (the CRD and webhook default) when absent or not a valid value. */
export function effectiveMode(r: MilvusResource): MilvusMode {
  const mode = r.spec?.mode
  return (MILVUS_MODES as readonly unknown[]).includes(mode) ? (mode as MilvusMode) : 'standalone'
}

/** True when `spec.dependencies.msgStreamType` is absent or empty, so the operator picks one. */
export function isMsgStreamDefaulted(r: MilvusResource): boolean {
  const t = r.spec?.dependencies?.msgStreamType
  return t === undefined || t === null || t === ''
}

/**
 * The message stream the operator will use (setDefaultMsgStreamType): an explicit valid value
 * wins; otherwise standalone gets woodpecker on Milvus >= 2.6 and rocksmq before, cluster gets pulsar.
 */
export function effectiveMsgStreamType(r: MilvusResource): MsgStreamType {
  const t = r.spec?.dependencies?.msgStreamType
  if ((MSG_STREAM_TYPES as readonly unknown[]).includes(t)) return t as MsgStreamType
  return defaultMsgStreamType(r)
}

/** What the operator picks when msgStreamType is empty, whatever is written now. */
export function defaultMsgStreamType(r: MilvusResource): MsgStreamType {
  if (effectiveMode(r) === 'cluster') return 'pulsar'
  return isMilvusAtLeast(r, 2, 6) ? 'woodpecker' : 'rocksmq'
}

/**
 * enableRollingUpdate when it is not written: on, except for a standalone Milvus on RocksMQ or
 * NATS, which cannot roll its single pod (the webhook also forces it off there; see
 * effectiveEnableRollingUpdate in ./operatorChanges.ts).
 */
export function defaultEnableRollingUpdate(r: MilvusResource): boolean {
  const stream = effectiveMsgStreamType(r)
  return !(effectiveMode(r) !== 'cluster' && (stream === 'rocksmq' || stream === 'natsmq'))
}

/** In-cluster etcd `replicaCount` when it is not written: 3 in cluster mode, 1 standalone. */
export function defaultEtcdReplicas(r: MilvusResource): number {
  return effectiveMode(r) === 'cluster' ? 3 : 1
}

/** In-cluster MinIO `mode` when it is not written: the operator sets `standalone` for a standalone Milvus; the chart's default is `distributed`. */
export function defaultMinioMode(r: MilvusResource): 'standalone' | 'distributed' {
  return effectiveMode(r) === 'standalone' ? 'standalone' : 'distributed'
}

function hasComponent(r: MilvusResource, name: ComponentName): boolean {
  const c: unknown = r.spec?.components?.[name]
  return c !== undefined && c !== null
}

/**
 * Which components the operator creates and runs for this mode and version (webhook defaults, https://github.com/zilliztech/milvus-operator/blob/v1.3.8/apis/milvus.io/v1beta1/milvus_webhook.go#L388):
 * standalone runs `standalone`; cluster runs proxy, dataNode, queryNode, mixCoord (or the four
 * coordinators before 2.6 when the user names any of them), indexNode before 2.6, streamingNode
 * from 2.6 or with streamingMode; cdc when present. Returned in COMPONENT_NAMES order.
 */
export function componentsCreated(r: MilvusResource): ComponentName[] {
  const created = new Set<ComponentName>()
  if (hasComponent(r, 'cdc')) created.add('cdc')
  if (effectiveMode(r) === 'standalone') {
    created.add('standalone')
    return COMPONENT_NAMES.filter((n) => created.has(n))
  }
  const at26 = isMilvusAtLeast(r, 2, 6)
  for (const n of ['proxy', 'dataNode', 'queryNode'] as const) created.add(n)
  const namesCoord = COORDINATORS.some((n) => hasComponent(r, n))
  if (at26 || !namesCoord) created.add('mixCoord')
  else {
    for (const n of COORDINATORS) created.add(n)
    if (hasComponent(r, 'mixCoord')) created.add('mixCoord')
  }
  if (!at26) created.add('indexNode')
  const streamingMode = r.spec?.components?.streamingMode === true
  if (at26 || streamingMode || hasComponent(r, 'streamingNode')) created.add('streamingNode')
  return COMPONENT_NAMES.filter((n) => created.has(n))
}
