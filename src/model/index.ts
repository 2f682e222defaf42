// Public API of the model (owned by the model work). Other folders import only this file.
export {
  MILVUS_MODES, MSG_STREAM_TYPES, STORAGE_TYPES, DELETION_POLICIES, IMAGE_UPDATE_MODES,
  SERVICE_TYPES, KAFKA_SECURITY_PROTOCOLS, KAFKA_SASL_MECHANISMS, COMPONENT_NAMES,
} from './types'
export type {
  MilvusMode, MsgStreamType, StorageType, DeletionPolicy, ImageUpdateMode, ServiceType,
  KafkaSecurityProtocol, KafkaSaslMechanism, ComponentName, FreeForm, ResourceRequirements,
  DeploymentGroup, ComponentSpec, MilvusComponents, PersistentVolumeClaim, Persistence, BuiltInMQ,
  WoodpeckerBufferPool, MilvusWoodpecker, InClusterConfig, MilvusPulsar, MilvusKafka, MilvusEtcd,
  MilvusStorageSSL, MilvusStorage, MilvusTei, MilvusDependencies, MilvusSpec, ObjectMeta,
  MilvusResource, SpecPath, LocalizedText,
} from './types'
