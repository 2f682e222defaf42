/**
 * The typed `Milvus` custom resource (milvus.io/v1beta1) at the depth the studio edits.
 * JSON names and nesting copy the operator's Go types (apis/milvus.io/v1beta1/*_types.go).
 * An absent key means "operator default". Free-form areas are `Record<string, unknown>`.
 * Every interface is open (`[key: string]: unknown` where the CRD prunes is NOT modelled here:
 * unknown keys survive normalize() as extra properties and are reported by the schema rules).
 *
 * CONTRACT FILE: other modules import these names. Keep names and nesting stable.
 * The field catalogue (./catalogue) describes the same tree field by field (kinds, enums, defaults,
 * descriptions, versions); catalogue/catalogue.types.test.ts proves at type level that they agree.
 */

export const MILVUS_MODES = ['standalone', 'cluster'] as const
export type MilvusMode = (typeof MILVUS_MODES)[number]

/** CRD enum of `spec.dependencies.msgStreamType` (the empty string means "operator default"). */
export const MSG_STREAM_TYPES = [
  'rocksmq',
  'natsmq',
  'pulsar',
  'kafka',
  'woodpecker',
  'custom',
] as const
export type MsgStreamType = (typeof MSG_STREAM_TYPES)[number]

export const STORAGE_TYPES = ['MinIO', 'S3', 'Azure'] as const
export type StorageType = (typeof STORAGE_TYPES)[number]

export const DELETION_POLICIES = ['Delete', 'Retain'] as const
export type DeletionPolicy = (typeof DELETION_POLICIES)[number]

export const IMAGE_UPDATE_MODES = ['rollingUpgrade', 'rollingDowngrade', 'all', 'force'] as const
export type ImageUpdateMode = (typeof IMAGE_UPDATE_MODES)[number]

export const SERVICE_TYPES = ['ClusterIP', 'NodePort', 'LoadBalancer'] as const
export type ServiceType = (typeof SERVICE_TYPES)[number]

export const KAFKA_SECURITY_PROTOCOLS = ['PLAINTEXT', 'SSL', 'SASL_PLAINTEXT', 'SASL_SSL'] as const
export type KafkaSecurityProtocol = (typeof KAFKA_SECURITY_PROTOCOLS)[number]

export const KAFKA_SASL_MECHANISMS = ['PLAIN', 'SCRAM-SHA-256', 'SCRAM-SHA-512'] as const
export type KafkaSaslMechanism = (typeof KAFKA_SASL_MECHANISMS)[number]

/** The four separate coordinators, which Milvus 2.6 always runs as one mixCoord. */
export const COORDINATORS = ['rootCoord', 'dataCoord', 'queryCoord', 'indexCoord'] as const

/** Per-component keys under `spec.components`. */
export const COMPONENT_NAMES = [
  'standalone',
  'proxy',
  'mixCoord',
  ...COORDINATORS,
  'dataNode',
  'queryNode',
  'indexNode',
  'streamingNode',
  'cdc',
] as const
export type ComponentName = (typeof COMPONENT_NAMES)[number]

/** Components whose type has a `groups` field (deployment groups), in the operator's CRD. */
export const GROUP_COMPONENTS = ['proxy', 'dataNode', 'queryNode', 'streamingNode'] as const
export type GroupComponent = (typeof GROUP_COMPONENTS)[number]

export type FreeForm = Record<string, unknown>

export interface ResourceRequirements {
  limits?: Record<string, string | number>
  requests?: Record<string, string | number>
}

export interface DeploymentGroup {
  name?: string
  replicas?: number
  labels?: Record<string, string>
  annotations?: Record<string, string>
  [key: string]: unknown
}

export interface ComponentSpec {
  image?: string
  replicas?: number
  resources?: ResourceRequirements
  serviceType?: ServiceType
  port?: number
  groups?: DeploymentGroup[]
  [key: string]: unknown
}

export interface MilvusComponents {
  image?: string
  version?: string
  resources?: ResourceRequirements
  enableRollingUpdate?: boolean
  rollingMode?: number
  imageUpdateMode?: ImageUpdateMode
  updateConfigMapOnly?: boolean
  streamingMode?: boolean
  standalone?: ComponentSpec
  proxy?: ComponentSpec
  mixCoord?: ComponentSpec
  rootCoord?: ComponentSpec
  dataCoord?: ComponentSpec
  queryCoord?: ComponentSpec
  indexCoord?: ComponentSpec
  dataNode?: ComponentSpec
  queryNode?: ComponentSpec
  indexNode?: ComponentSpec
  streamingNode?: ComponentSpec
  cdc?: ComponentSpec
  [key: string]: unknown
}

export interface PersistentVolumeClaim {
  existingClaim?: string
  labels?: Record<string, string>
  annotations?: Record<string, string>
  /** Free-form corev1.PersistentVolumeClaimSpec. */
  spec?: FreeForm
}

export interface Persistence {
  enabled?: boolean
  pvcDeletion?: boolean
  persistentVolumeClaim?: PersistentVolumeClaim
}

export interface BuiltInMQ {
  persistence?: Persistence
  [key: string]: unknown
}

export interface WoodpeckerBufferPool {
  name?: string
  seeds?: string[]
}

export interface MilvusWoodpecker extends BuiltInMQ {
  external?: boolean
  quorumBufferPools?: WoodpeckerBufferPool[]
}

export interface InClusterConfig {
  values?: FreeForm | null
  chartVersion?: string
  deletionPolicy?: DeletionPolicy
  pvcDeletion?: boolean
}

export interface MilvusPulsar {
  inCluster?: InClusterConfig
  external?: boolean
  endpoint?: string
  [key: string]: unknown
}

export interface MilvusKafka {
  inCluster?: InClusterConfig
  external?: boolean
  brokerList?: string[]
  secretRef?: string
  [key: string]: unknown
}

export interface MilvusEtcd {
  endpoints?: string[]
  external?: boolean
  inCluster?: InClusterConfig
  [key: string]: unknown
}

export interface MilvusStorageSSL {
  enabled?: boolean
  caCertificateRef?: string
  insecureSkipVerify?: boolean
}

export interface MilvusStorage {
  type?: StorageType | ''
  secretRef?: string
  endpoint?: string
  inCluster?: InClusterConfig
  external?: boolean
  ssl?: MilvusStorageSSL
  [key: string]: unknown
}

export interface MilvusTei {
  enabled?: boolean
  inCluster?: InClusterConfig
}

export interface MilvusDependencies {
  msgStreamType?: MsgStreamType | ''
  rocksmq?: BuiltInMQ
  natsmq?: BuiltInMQ
  woodpecker?: MilvusWoodpecker
  pulsar?: MilvusPulsar
  kafka?: MilvusKafka
  customMsgStream?: FreeForm | null
  etcd?: MilvusEtcd
  storage?: MilvusStorage
  tei?: MilvusTei
  [key: string]: unknown
}

export interface MilvusSpec {
  mode?: MilvusMode
  components?: MilvusComponents
  dependencies?: MilvusDependencies
  /** Partial milvus.yaml, deep-merged by the operator. Free-form. */
  config?: FreeForm
  hookConfig?: FreeForm | null
  [key: string]: unknown
}

export interface ObjectMeta {
  name?: string
  namespace?: string
  labels?: Record<string, string>
  annotations?: Record<string, string>
  [key: string]: unknown
}

export interface MilvusResource {
  apiVersion: string
  kind: string
  metadata: ObjectMeta
  spec: MilvusSpec
  [key: string]: unknown
}

/** A path rooted at the document, like the operator's field.NewPath: ['spec', 'mode']. */
export type SpecPath = readonly (string | number)[]

/** Text in both UI languages. The engine speaks English and Korean. */
export interface LocalizedText {
  en: string
  ko: string
}

/** One edit of the document. `set` creates missing parents; `delete` removes the key or item. */
export type Patch =
  | { readonly op: 'set'; readonly path: SpecPath; readonly value: unknown }
  | { readonly op: 'delete'; readonly path: SpecPath }
