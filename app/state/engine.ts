/**
 * The engine's vocabulary for components: closed sets, the field catalogue, path formatting and the
 * model's effective-value helpers (pure functions of a resource, used inside selectors and view
 * logic). Everything that runs a pipeline over the document (derive, rules, exporters, the share
 * codec, YAML edits) stays behind the store's actions and the functions in app/state/exports.ts.
 * Components import engine values from here only; lint forbids value imports of src/ elsewhere.
 */
export {
  COMPONENT_NAMES,
  DEFAULT_MILVUS_IMAGE,
  allowedStores,
  defaultEnableRollingUpdate,
  defaultEtcdReplicas,
  defaultMinioMode,
  runningMilvusVersion,
  storeAvailability,
  IMAGE_UPDATE_MODES,
  LOAD_BALANCER_PRESETS,
  TAINT_EFFECTS,
  TOLERATION_OPERATORS,
  KAFKA_SASL_MECHANISMS,
  KAFKA_SECURITY_PROTOCOLS,
  MILVUS_MODES,
  MSG_STREAM_TYPES,
  SERVICE_TYPES,
  STORAGE_TYPES,
  childKeys,
  componentPodLabel,
  componentsCreated,
  dedicatedNodesPatches,
  effectiveMilvusVersion,
  effectiveMode,
  effectiveMsgStreamType,
  getAtPath,
  ignoredBlocks,
  isMilvusAtLeast,
  loadBalancerPresetPatches,
  lookupField,
  parseVersion,
  pathToString,
  spreadAcrossZonesPatches,
} from '../../src/model'
export { SEVERITIES } from '../../src/rules/types'
