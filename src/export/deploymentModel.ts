/**
 * A plain description of what a config runs: Milvus pods by component, the message store (embedded
 * on a volume, its own pods, or an external endpoint), etcd and object storage. The SVG renderer
 * draws it; the app may list it. Pure: reads the resource and the model's effective-default helpers.
 */
import {
  componentsCreated,
  effectiveImage,
  effectiveMilvusVersion,
  effectiveMode,
  effectiveMsgStreamType,
  type ComponentName,
  type MilvusMode,
  type MilvusResource,
  type MsgStreamType,
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
    /** Embedded store on a PVC: the claim the pods mount (`<name>-data` unless an existing claim is named). */
    readonly claimName?: string
    readonly pods: readonly PodGroup[]
    readonly endpoints: readonly string[]
  }
  readonly etcd: {
    readonly placement: 'in-cluster' | 'external'
    readonly replicas?: number
    readonly endpoints: readonly string[]
  }
  readonly storage: {
    readonly placement: 'in-cluster' | 'external'
    readonly type: string
    readonly endpoint?: string
    /** In-cluster MinIO pods when known (standalone MinIO runs one); absent: the chart's default. */
    readonly replicas?: number
    /** `spec.config.minio.cloudProvider` when set (aws, gcp, aliyun, azure). */
    readonly cloudProvider?: string
  }
}

type Rec = Record<string, unknown>
const rec = (v: unknown): Rec =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Rec) : {}
const num = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isFinite(v) ? v : undefined
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined)
const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []

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
  const etcdReplicas = etcdExternal
    ? undefined
    : (num(etcdValues.replicaCount) ?? (mode === 'cluster' ? 3 : 1))
  return {
    name: r.metadata.name ?? '',
    namespace:
      typeof r.metadata.namespace === 'string' && r.metadata.namespace !== ''
        ? r.metadata.namespace
        : 'default',
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
    storage: describeStorage(r, mode),
  }
}

function describeStorage(r: MilvusResource, mode: MilvusMode): DeploymentModel['storage'] {
  const s = r.spec.dependencies?.storage
  const external = s?.external === true
  const values = rec(s?.inCluster?.values)
  // The operator sets MinIO `mode: standalone` for a standalone Milvus when the key is absent.
  const minioMode = str(values.mode) ?? (mode === 'standalone' ? 'standalone' : undefined)
  const replicas = external ? undefined : minioMode === 'standalone' ? 1 : num(values.replicas)
  const cloudProvider = str(rec(rec(r.spec.config).minio).cloudProvider)
  return {
    placement: external ? 'external' : 'in-cluster',
    type: str(s?.type) ?? 'MinIO',
    ...(external && s?.endpoint !== undefined && str(s.endpoint) ? { endpoint: s.endpoint } : {}),
    ...(replicas !== undefined ? { replicas } : {}),
    ...(cloudProvider !== undefined ? { cloudProvider } : {}),
  }
}

function describeStore(r: MilvusResource): DeploymentModel['store'] {
  const type = effectiveMsgStreamType(r)
  const deps = r.spec.dependencies ?? {}
  if (type === 'custom') return { type, placement: 'custom', pods: [], endpoints: [] }
  if (
    type === 'rocksmq' ||
    type === 'natsmq' ||
    (type === 'woodpecker' && deps.woodpecker?.external !== true)
  ) {
    return describeEmbedded(r, type)
  }
  if (type === 'woodpecker') {
    const seeds = (deps.woodpecker?.quorumBufferPools ?? []).flatMap((p) => strings(p.seeds))
    return { type, placement: 'external', pods: [], endpoints: seeds }
  }
  const block = type === 'pulsar' ? deps.pulsar : deps.kafka
  if (block?.external === true) {
    const endpoints =
      type === 'pulsar' ? strings([deps.pulsar?.endpoint]) : strings(deps.kafka?.brokerList)
    return { type, placement: 'external', pods: [], endpoints }
  }
  const values = rec(block?.inCluster?.values)
  const pods: PodGroup[] =
    type === 'kafka'
      ? [
          { name: 'kafka', replicas: num(values.replicaCount) },
          { name: 'zookeeper', replicas: num(rec(values.zookeeper).replicaCount) },
        ]
      : ['zookeeper', 'bookkeeper', 'broker', 'proxy'].map((name) => ({
          name,
          replicas: num(rec(values[name]).replicaCount),
        }))
  return { type, placement: 'in-cluster', pods, endpoints: [] }
}

/**
 * RocksMQ and NATS keep their log under /var/lib/milvus, on the `<name>-data` PVC or an emptyDir
 * mounted in every Milvus pod. Embedded Woodpecker writes to object storage unless
 * `spec.config.woodpecker.storage.type` is `local`, in which case it uses that same volume.
 */
function describeEmbedded(
  r: MilvusResource,
  type: 'rocksmq' | 'natsmq' | 'woodpecker',
): DeploymentModel['store'] {
  const persistence = r.spec.dependencies?.[type]?.persistence
  const local =
    type !== 'woodpecker' || str(rec(rec(rec(r.spec.config).woodpecker).storage).type) === 'local'
  if (!local)
    return { type, placement: 'embedded', volume: 'object-storage', pods: [], endpoints: [] }
  if (persistence?.enabled !== true)
    return { type, placement: 'embedded', volume: 'emptyDir', pods: [], endpoints: [] }
  const claimName =
    str(persistence.persistentVolumeClaim?.existingClaim) ?? `${r.metadata.name ?? 'milvus'}-data`
  return { type, placement: 'embedded', volume: 'pvc', claimName, pods: [], endpoints: [] }
}
