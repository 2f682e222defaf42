/**
 * A plain description of what a config runs: Milvus pods by component, the message store (embedded
 * on a volume, its own pods, or an external endpoint), etcd and object storage. The SVG renderer
 * draws it; the app may list it. Pure.
 */
import {
  componentsCreated, effectiveImage, effectiveMilvusVersion, effectiveMode, effectiveMsgStreamType,
  type ComponentName, type MilvusMode, type MilvusResource, type MsgStreamType,
} from '../model'

export interface PodGroup {
  readonly name: string
  /** undefined: the chart's default count. -1: managed by an autoscaler. */
  readonly replicas: number | undefined
}

export type StorePlacement = 'embedded' | 'in-cluster' | 'external' | 'custom'

export interface DeploymentModel {
  readonly name: string
  readonly namespace: string
  readonly mode: MilvusMode
  readonly image: string
  readonly milvusVersion: string
  readonly milvus: readonly { readonly component: ComponentName; readonly replicas: number }[]
  readonly store: {
    readonly type: MsgStreamType
    readonly placement: StorePlacement
    /** Embedded stores: where the log lives. */
    readonly volume?: 'pvc' | 'emptyDir' | 'object-storage'
    readonly pods: readonly PodGroup[]
    readonly endpoints: readonly string[]
  }
  readonly etcd: { readonly placement: 'in-cluster' | 'external'; readonly replicas?: number; readonly endpoints: readonly string[] }
  readonly storage: { readonly placement: 'in-cluster' | 'external'; readonly type: string; readonly endpoint?: string }
}

type Rec = Record<string, unknown>
const rec = (v: unknown): Rec => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Rec) : {})
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined)
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [])

/** Describes the deployment the operator would create for this resource. */
export function toDeploymentModel(r: MilvusResource): DeploymentModel {
  const mode = effectiveMode(r)
  const comps = rec(r.spec.components)
  const milvus = componentsCreated(r).map((component) => ({
    component,
    replicas: num(rec(comps[component]).replicas) ?? 1,
  }))
  const v = effectiveMilvusVersion(r)
  const deps = r.spec.dependencies ?? {}
  const etcdExternal = deps.etcd?.external === true
  const etcdValues = rec(deps.etcd?.inCluster?.values)
  const etcdReplicas = etcdExternal ? undefined : (num(etcdValues.replicaCount) ?? (mode === 'cluster' ? 3 : 1))
  return {
    name: r.metadata.name ?? '',
    namespace: typeof r.metadata.namespace === 'string' && r.metadata.namespace !== '' ? r.metadata.namespace : 'default',
    mode,
    image: effectiveImage(r),
    milvusVersion: v ? `${v.major}.${v.minor}.${v.patch}` : 'unknown',
    milvus,
    store: describeStore(r),
    etcd: {
      placement: etcdExternal ? 'external' : 'in-cluster',
      ...(etcdReplicas !== undefined ? { replicas: etcdReplicas } : {}),
      endpoints: etcdExternal ? strings(deps.etcd?.endpoints) : [],
    },
    storage: {
      placement: deps.storage?.external === true ? 'external' : 'in-cluster',
      type: typeof deps.storage?.type === 'string' && deps.storage.type !== '' ? deps.storage.type : 'MinIO',
      ...(deps.storage?.external === true && typeof deps.storage.endpoint === 'string' ? { endpoint: deps.storage.endpoint } : {}),
    },
  }
}

function describeStore(r: MilvusResource): DeploymentModel['store'] {
  const type = effectiveMsgStreamType(r)
  const deps = r.spec.dependencies ?? {}
  if (type === 'custom') return { type, placement: 'custom', pods: [], endpoints: [] }
  if (type === 'rocksmq' || type === 'natsmq' || (type === 'woodpecker' && deps.woodpecker?.external !== true)) {
    const persistent = deps[type]?.persistence?.enabled === true
    const volume = type === 'woodpecker' ? 'object-storage' : persistent ? 'pvc' : 'emptyDir'
    return { type, placement: 'embedded', volume, pods: [], endpoints: [] }
  }
  if (type === 'woodpecker') {
    const seeds = (deps.woodpecker?.quorumBufferPools ?? []).flatMap((p) => strings(p.seeds))
    return { type, placement: 'external', pods: [], endpoints: seeds }
  }
  const block = type === 'pulsar' ? deps.pulsar : deps.kafka
  if (block?.external === true) {
    const endpoints = type === 'pulsar' ? strings([deps.pulsar?.endpoint]) : strings(deps.kafka?.brokerList)
    return { type, placement: 'external', pods: [], endpoints }
  }
  const values = rec(block?.inCluster?.values)
  const pods: PodGroup[] = type === 'kafka'
    ? [{ name: 'kafka', replicas: num(values.replicaCount) }, { name: 'zookeeper', replicas: num(rec(values.zookeeper).replicaCount) }]
    : ['zookeeper', 'bookkeeper', 'broker', 'proxy'].map((name) => ({ name, replicas: num(rec(values[name]).replicaCount) }))
  return { type, placement: 'in-cluster', pods, endpoints: [] }
}
