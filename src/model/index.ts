// Public API of the model. Other folders import only this file.
export {
  MILVUS_MODES,
  MSG_STREAM_TYPES,
  STORAGE_TYPES,
  DELETION_POLICIES,
  IMAGE_UPDATE_MODES,
  SERVICE_TYPES,
  KAFKA_SECURITY_PROTOCOLS,
  KAFKA_SASL_MECHANISMS,
  COMPONENT_NAMES,
  GROUP_COMPONENTS,
  COORDINATORS,
} from './types'
export type {
  MilvusMode,
  MsgStreamType,
  StorageType,
  DeletionPolicy,
  ImageUpdateMode,
  ServiceType,
  KafkaSecurityProtocol,
  KafkaSaslMechanism,
  ComponentName,
  GroupComponent,
  FreeForm,
  ResourceRequirements,
  DeploymentGroup,
  ComponentSpec,
  MilvusComponents,
  PersistentVolumeClaim,
  Persistence,
  BuiltInMQ,
  WoodpeckerBufferPool,
  MilvusWoodpecker,
  InClusterConfig,
  MilvusPulsar,
  MilvusKafka,
  MilvusEtcd,
  MilvusStorageSSL,
  MilvusStorage,
  MilvusTei,
  MilvusDependencies,
  MilvusSpec,
  ObjectMeta,
  MilvusResource,
  SpecPath,
  LocalizedText,
  Patch,
} from './types'
export {
  DEFAULT_MILVUS_IMAGE,
  OPERATOR_VERSION,
  parseVersion,
  imageTag,
  effectiveImage,
  effectiveMilvusVersion,
  isMilvusAtLeast,
  imageVersion,
  versionAtLeast,
  compareVersions,
} from './version'
export type { MilvusVersion } from './version'
export { UPGRADE_BRIDGE_26, crossesInto26, skipsUpgradeBridge } from './upgradePath'
export {
  imageRepository,
  splitImageReference,
  runningMilvusVersion,
  isRunningAtLeast,
  imageFields,
  pinImagePatches,
  LAST_25_TAG,
} from './image'
export type { ImageFields } from './image'
export {
  STORE_DEPENDENCY_KEY,
  STORE_CONFIG_KEY,
  STORE_CONSTRAINTS,
  storeAvailability,
  allowedStores,
  storeBlockPath,
  storesWithSettings,
  unusedStoreBlocks,
} from './stores'
export type { StoreConstraint, ConstraintCheck, StoreAvailability } from './stores'
export {
  createDefaultResource,
  effectiveMode,
  isMsgStreamDefaulted,
  effectiveMsgStreamType,
  defaultMsgStreamType,
  componentsCreated,
  defaultEnableRollingUpdate,
  defaultEtcdReplicas,
  defaultMinioMode,
} from './effective'
export { MODE_NAMES } from './modeNames'
export { pathToString, getAtPath } from './paths'
export { isRecord } from './safeClone'
export { normalize } from './normalize'
export type { NormalizeIssue, NormalizeResult } from './normalize'
export {
  isMilvusKind,
  liftToV1beta1,
  V1ALPHA1_FLAT_FIELDS,
  V1BETA1_ONLY_SPEC_KEYS,
  isV1beta1OnlyPath,
} from './lift'
export type { LiftResult } from './lift'
export { v1alpha1ToV1beta1Patches, V1BETA1 } from './convert'
export {
  lookupField,
  childKeys,
  childKeysOf,
  fieldInfoOf,
  knownChildKeys,
  listFields,
  resolveChild,
  resolveField,
  ROOT_FIELD,
} from './lookup'
export type { FieldInfo, ResolvedField } from './lookup'
export { FIELD_KINDS, t } from './catalogue/dsl'
export type { FieldKind, FieldDef, VersionRange, Infer } from './catalogue/dsl'
export { MILVUS_RESOURCE as FIELD_CATALOGUE } from './catalogue/resource'
export { buildJsonSchema, fieldSchema, MILVUS_JSON_SCHEMA } from './jsonSchema'
export type { JsonSchema } from './jsonSchema'
export { createSuggester, didYouMean, editDistance, renameReason } from './didYouMean'
export type { Suggester } from './didYouMean'
export { isKubernetesQuantity, parseQuantity } from './quantity'
export {
  operatorChanges,
  applyOperatorDefaults,
  effectiveNamespace,
  effectiveBuiltInMq,
  effectiveEnableRollingUpdate,
  FORCED_CONFIG_KEYS,
} from './operatorChanges'
export type { OperatorChange } from './operatorChanges'
export {
  splitHostPort,
  getHostPortWithDefault,
  getHostPort,
  getStorageHostPort,
  operatorBool,
  operatorMinioSecure,
  operatorMinioUseIam,
  parseTolerant,
  readOperatorVersion,
  readResourceVersion,
  isImageVersionGreaterThan2_6,
  derivedNames,
  inClusterCharts,
  isNameInvalid,
  maxNameLength,
  secretUses,
  storageCheckReadsSecret,
  readStreamObject,
  missingTypeKeys,
  SERVER_FIELDS,
  serverFieldsOf,
  isOperatorWritten,
} from './operator'
export type {
  HostPort,
  SemVer,
  OperatorVersionReading,
  DerivedName,
  SecretUse,
  StreamObject,
} from './operator'
export { placeFragment } from './fragmentPlacement'
export type { Placement } from './fragmentPlacement'
export { buildKeyIndex } from './keyIndex'
export type { KeyEntry, KeyIndex, KeyResolution } from './keyIndex'
export {
  milvusConfigIndex,
  configDocsUrl,
  configSourceUrl,
  MILVUS_YAML_COMMIT,
} from './configCatalogue'
export {
  CHART_DEPENDENCIES,
  CHART_IDS,
  CHART_VERSION_NAMES,
  chartFor,
  chartIndex,
  otherChartVersion,
} from './chartCatalogue'
export type { ChartDependency, ChartId } from './chartCatalogue'
export {
  settingAt,
  settingChildren,
  listMilvusSettings,
  configLeaves,
  initialSettingValue,
  searchSettings,
} from './settingLookup'
export type { SettingInfo, SettingCatalogue } from './settingLookup'
export {
  LOAD_BALANCER_PRESETS,
  TAINT_EFFECTS,
  TOLERATION_OPERATORS,
  componentPodLabel,
  dedicatedNodesPatches,
  loadBalancerPresetPatches,
  spreadAcrossZonesPatches,
} from './podPresets'
export type { LoadBalancerPreset } from './podPresets'
export {
  HELM_STORE_FLAGS,
  HELM_STANDALONE_QUEUES,
  HELM_S3_KEYS,
  HELM_S3_CREDENTIAL_KEYS,
} from './helmChart'
export { IGNORED_REASONS, ignoredBlocks } from './ignoredBlocks'
export type { IgnoredBlock, IgnoredReason } from './ignoredBlocks'
