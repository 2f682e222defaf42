// Public API of the rules and the rule registry: ALL_RULES is one explicit array (no side-effect
// registration). Rules sit in topic folders; each file holds one rule and its test sits beside it.
import { chartConfigDataStrings } from './charts/chartConfigDataStrings'
import { chartImageRegistryInRepository } from './charts/chartImageRegistryInRepository'
import { chartValuesOperatorField } from './charts/chartValuesOperatorField'
import { chartValuesOtherVersion } from './charts/chartValuesOtherVersion'
import { chartValuesUnknownKey } from './charts/chartValuesUnknownKey'
import { etcdChartVersionKnown } from './charts/etcdChartVersionKnown'
import { etcdRbacKeyMatchesChart } from './charts/etcdRbacKeyMatchesChart'
import { kafkaReplicationTooHigh } from './charts/kafkaReplicationTooHigh'
import { pulsarQuorumInvalid } from './charts/pulsarQuorumInvalid'
import { componentNotInVersion } from './components/componentNotInVersion'
import { componentNotRunInMode } from './components/componentNotRunInMode'
import { coordinatorsMixedWithMixCoord } from './components/coordinatorsMixedWithMixCoord'
import { deploymentGroupName } from './components/deploymentGroupName'
import { deploymentGroupReplicas } from './components/deploymentGroupReplicas'
import { deploymentGroupReservedKeys } from './components/deploymentGroupReservedKeys'
import { replicasHpaManaged } from './components/replicasHpaManaged'
import { resourcesRequestsWithinLimits } from './components/resourcesRequestsWithinLimits'
import { resourcesValidQuantity } from './components/resourcesValidQuantity'
import { rollingModeValid } from './components/rollingModeValid'
import { configLiteralSecret } from './config/configLiteralSecret'
import { configMqTypeOverwritten } from './config/configMqTypeOverwritten'
import { configPulsarAddressForced } from './config/configPulsarAddressForced'
import { configSectionForOtherStore } from './config/configSectionForOtherStore'
import { configUnknownKey } from './config/configUnknownKey'
import { configValueType } from './config/configValueType'
import { inClusterEndpointOverwritten } from './config/inClusterEndpointOverwritten'
import { etcdAuthNeedsCredentials } from './etcd/etcdAuthNeedsCredentials'
import { etcdEndpointsInCluster } from './etcd/etcdEndpointsInCluster'
import { etcdEndpointsInConfig } from './etcd/etcdEndpointsInConfig'
import { etcdExternalNeedsEndpoints } from './etcd/etcdExternalNeedsEndpoints'
import { etcdReplicasOdd } from './etcd/etcdReplicasOdd'
import { readBackObject } from './input/readBackObject'
import { v1alpha1MilvusCluster } from './input/v1alpha1MilvusCluster'
import { kafkaSaslCredentialsMissing } from './kafka/kafkaSaslCredentialsMissing'
import { kafkaSaslPasswordLiteral } from './kafka/kafkaSaslPasswordLiteral'
import { kafkaSaslSettingsIgnored } from './kafka/kafkaSaslSettingsIgnored'
import { kafkaSecurityEnums } from './kafka/kafkaSecurityEnums'
import { kafkaVersionNotes } from './kafka/kafkaVersionNotes'
import { customWithoutMqType } from './messageStorage/customWithoutMqType'
import { defaultStoreChoice } from './messageStorage/defaultStoreChoice'
import { embeddedStoreInCluster } from './messageStorage/embeddedStoreInCluster'
import { embeddedStoreWithoutPersistence } from './messageStorage/embeddedStoreWithoutPersistence'
import { externalWoodpeckerNeedsServiceMode } from './messageStorage/externalWoodpeckerNeedsServiceMode'
import { messageLogPvcDeletion } from './messageStorage/messageLogPvcDeletion'
import { natsmqExperimental } from './messageStorage/natsmqExperimental'
import { natsmqPayloadExceedsPending } from './messageStorage/natsmqPayloadExceedsPending'
import { natsmqRemovedInMilvus26 } from './messageStorage/natsmqRemovedInMilvus26'
import { sharedRwoVolumeInCluster } from './messageStorage/sharedRwoVolumeInCluster'
import { storageSizeNotQuantity } from './messageStorage/storageSizeNotQuantity'
import { storeChangeOnRunningInstance } from './messageStorage/storeChangeOnRunningInstance'
import { unusedStoreBlock } from './messageStorage/unusedStoreBlock'
import { woodpeckerExternalNeedsExternalDeps } from './messageStorage/woodpeckerExternalNeedsExternalDeps'
import { woodpeckerNeedsMilvus26 } from './messageStorage/woodpeckerNeedsMilvus26'
import { endpointOperatorSplit } from './parity/endpointOperatorSplit'
import { nameTooLong } from './parity/nameTooLong'
import { secretKeysMissing } from './parity/secretKeysMissing'
import { secretNamespace } from './parity/secretNamespace'
import { secretWrongType } from './parity/secretWrongType'
import { storageTlsPort } from './parity/storageTlsPort'
import { upgradeChangesStore } from './upgrade/upgradeChangesStore'
import { upgradeNatsToMilvus26 } from './upgrade/upgradeNatsToMilvus26'
import { upgradeSkipsRequiredVersion } from './upgrade/upgradeSkipsRequiredVersion'
import { versionUnreadable } from './parity/versionUnreadable'
import { annotationKeyInvalid } from './pods/annotationKeyInvalid'
import { envNameInvalid } from './pods/envNameInvalid'
import { podLabelInvalid } from './pods/podLabelInvalid'
import { podLabelOverriddenByGlobal } from './pods/podLabelOverriddenByGlobal'
import { podReferenceNameInvalid } from './pods/podReferenceNameInvalid'
import { tolerationInvalid } from './pods/tolerationInvalid'
import { volumeMountUnknownVolume } from './pods/volumeMountUnknownVolume'
import { apiVersionKind } from './schema/apiVersionKind'
import { metadataNameRequired } from './schema/metadataNameRequired'
import { schemaUnknownKey } from './schema/schemaUnknownKey'
import { schemaValue } from './schema/schemaValue'
import { v1alpha1IsStandalone } from './schema/v1alpha1IsStandalone'
import { minioAddressInConfig } from './storage/minioAddressInConfig'
import { storageAzureNeedsRemoteType } from './storage/storageAzureNeedsRemoteType'
import { storageCaSecret } from './storage/storageCaSecret'
import { storageExternalNeedsCredentials } from './storage/storageExternalNeedsCredentials'
import { storageExternalNeedsEndpoint } from './storage/storageExternalNeedsEndpoint'
import { storageGcsNeedsGcpProvider } from './storage/storageGcsNeedsGcpProvider'
import { storageInClusterOverwritten } from './storage/storageInClusterOverwritten'
import { storageSslNeedsMilvusTls } from './storage/storageSslNeedsMilvusTls'
import { storageTypeNeedsExternal } from './storage/storageTypeNeedsExternal'
import { rollingUpdateTurnedOff } from './webhook/rollingUpdateTurnedOff'
import { webhookExternalEndpointRequired } from './webhook/webhookExternalEndpointRequired'
import { webhookPvcSpecInvalid } from './webhook/webhookPvcSpecInvalid'
import { webhookWoodpeckerPools } from './webhook/webhookWoodpeckerPools'
import type { Rule } from './types'

export { defineRule, ruleContext, runRules } from './defineRule'
export { SEVERITIES } from './types'
export type {
  Finding,
  Fix,
  Patch,
  Report,
  ReportOptions,
  Rule,
  RuleContext,
  Severity,
} from './types'

/** Every rule, in the order docs/rules.md lists them (findings are sorted by the runner). */
export const ALL_RULES: readonly Rule[] = [
  // Message storage: the store against mode and version, defaults, persistence.
  embeddedStoreInCluster,
  natsmqRemovedInMilvus26,
  natsmqExperimental,
  woodpeckerNeedsMilvus26,
  externalWoodpeckerNeedsServiceMode,
  customWithoutMqType,
  defaultStoreChoice,
  unusedStoreBlock,
  // Webhook parity: what the operator's admission webhook rejects or rewrites.
  rollingUpdateTurnedOff,
  webhookPvcSpecInvalid,
  webhookExternalEndpointRequired,
  webhookWoodpeckerPools,
  // Schema: the document's shape against the CRD.
  apiVersionKind,
  metadataNameRequired,
  v1alpha1IsStandalone,
  schemaValue,
  schemaUnknownKey,
  // spec.config: settings the operator overwrites or Milvus never reads.
  configMqTypeOverwritten,
  configPulsarAddressForced,
  configSectionForOtherStore,
  inClusterEndpointOverwritten,
  // Kafka client security.
  kafkaSecurityEnums,
  kafkaSaslCredentialsMissing,
  kafkaSaslPasswordLiteral,
  kafkaSaslSettingsIgnored,
  kafkaVersionNotes,
  // Persistence of the built-in stores.
  messageLogPvcDeletion,
  embeddedStoreWithoutPersistence,
  sharedRwoVolumeInCluster,
  storageSizeNotQuantity,
  // In-cluster chart values.
  pulsarQuorumInvalid,
  kafkaReplicationTooHigh,
  natsmqPayloadExceedsPending,
  // Change safety against a running baseline.
  storeChangeOnRunningInstance,
  upgradeSkipsRequiredVersion,
  upgradeNatsToMilvus26,
  upgradeChangesStore,
  // etcd.
  etcdExternalNeedsEndpoints,
  etcdReplicasOdd,
  etcdRbacKeyMatchesChart,
  etcdChartVersionKnown,
  etcdEndpointsInConfig,
  etcdEndpointsInCluster,
  etcdAuthNeedsCredentials,
  woodpeckerExternalNeedsExternalDeps,
  // Object storage.
  storageExternalNeedsEndpoint,
  storageExternalNeedsCredentials,
  storageCaSecret,
  storageSslNeedsMilvusTls,
  storageGcsNeedsGcpProvider,
  storageAzureNeedsRemoteType,
  storageInClusterOverwritten,
  storageTypeNeedsExternal,
  minioAddressInConfig,
  // Components.
  rollingModeValid,
  deploymentGroupName,
  deploymentGroupReplicas,
  deploymentGroupReservedKeys,
  resourcesValidQuantity,
  resourcesRequestsWithinLimits,
  componentNotRunInMode,
  componentNotInVersion,
  coordinatorsMixedWithMixCoord,
  replicasHpaManaged,
  // Pod settings (spec.components and each component): what Kubernetes refuses in the pod template.
  tolerationInvalid,
  podLabelInvalid,
  annotationKeyInvalid,
  envNameInvalid,
  podReferenceNameInvalid,
  volumeMountUnknownVolume,
  podLabelOverriddenByGlobal,
  // Input as users paste it, and fields read exactly as the operator v1.3.8 reads them.
  readBackObject,
  v1alpha1MilvusCluster,
  endpointOperatorSplit,
  storageTlsPort,
  versionUnreadable,
  secretKeysMissing,
  secretNamespace,
  secretWrongType,
  nameTooLong,
  // Knowledge from the sources: spec.config against milvus.yaml, inCluster.values against the charts.
  configUnknownKey,
  configValueType,
  configLiteralSecret,
  chartValuesUnknownKey,
  chartValuesOtherVersion,
  chartValuesOperatorField,
  chartImageRegistryInRepository,
  chartConfigDataStrings,
]
