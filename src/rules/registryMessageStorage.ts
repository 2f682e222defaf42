// Message-storage, webhook, schema and Kafka/persistence rules (issue: the engine).
import { apiVersionKind } from './apiVersionKind'
import { configMqTypeOverwritten } from './configMqTypeOverwritten'
import { configPulsarAddressForced } from './configPulsarAddressForced'
import { configSectionForOtherStore } from './configSectionForOtherStore'
import { customWithoutMqType } from './customWithoutMqType'
import { defaultStoreChoice } from './defaultStoreChoice'
import { embeddedStoreInCluster } from './embeddedStoreInCluster'
import { embeddedStoreWithoutPersistence } from './embeddedStoreWithoutPersistence'
import { externalWoodpeckerNeedsServiceMode } from './externalWoodpeckerNeedsServiceMode'
import { inClusterEndpointOverwritten } from './inClusterEndpointOverwritten'
import { kafkaReplicationTooHigh } from './kafkaReplicationTooHigh'
import { kafkaSaslCredentialsMissing } from './kafkaSaslCredentialsMissing'
import { kafkaSaslPasswordLiteral } from './kafkaSaslPasswordLiteral'
import { kafkaSaslSettingsIgnored } from './kafkaSaslSettingsIgnored'
import { kafkaSecurityEnums } from './kafkaSecurityEnums'
import { kafkaVersionNotes } from './kafkaVersionNotes'
import { messageLogPvcDeletion } from './messageLogPvcDeletion'
import { metadataNameRequired } from './metadataNameRequired'
import { natsmqExperimental } from './natsmqExperimental'
import { natsmqPayloadExceedsPending } from './natsmqPayloadExceedsPending'
import { natsmqRemovedInMilvus26 } from './natsmqRemovedInMilvus26'
import { pulsarQuorumInvalid } from './pulsarQuorumInvalid'
import { rollingUpdateTurnedOff } from './rollingUpdateTurnedOff'
import { schemaUnknownKey } from './schemaUnknownKey'
import { schemaValue } from './schemaValue'
import { sharedRwoVolumeInCluster } from './sharedRwoVolumeInCluster'
import { storageSizeNotQuantity } from './storageSizeNotQuantity'
import { storeChangeOnRunningInstance } from './storeChangeOnRunningInstance'
import { unusedStoreBlock } from './unusedStoreBlock'
import { v1alpha1IsStandalone } from './v1alpha1IsStandalone'
import { webhookExternalEndpointRequired } from './webhookExternalEndpointRequired'
import { webhookPvcSpecInvalid } from './webhookPvcSpecInvalid'
import { webhookWoodpeckerPools } from './webhookWoodpeckerPools'
import { woodpeckerNeedsMilvus26 } from './woodpeckerNeedsMilvus26'
import { withOriginalPathFixes } from './lib/originalPaths'
import type { Rule } from './types'

/** Explicit list (STYLE §5): store vs mode/version, webhook, schema, settings that do nothing,
 * Kafka security, persistence, in-cluster values, change safety. */
const RULES: readonly Rule[] = [
  embeddedStoreInCluster,
  natsmqRemovedInMilvus26,
  natsmqExperimental,
  woodpeckerNeedsMilvus26,
  externalWoodpeckerNeedsServiceMode,
  customWithoutMqType,
  defaultStoreChoice,
  unusedStoreBlock,
  rollingUpdateTurnedOff,
  webhookPvcSpecInvalid,
  webhookExternalEndpointRequired,
  webhookWoodpeckerPools,
  apiVersionKind,
  metadataNameRequired,
  v1alpha1IsStandalone,
  schemaValue,
  schemaUnknownKey,
  configMqTypeOverwritten,
  configPulsarAddressForced,
  configSectionForOtherStore,
  inClusterEndpointOverwritten,
  kafkaSecurityEnums,
  kafkaSaslCredentialsMissing,
  kafkaSaslPasswordLiteral,
  kafkaSaslSettingsIgnored,
  kafkaVersionNotes,
  messageLogPvcDeletion,
  embeddedStoreWithoutPersistence,
  sharedRwoVolumeInCluster,
  storageSizeNotQuantity,
  pulsarQuorumInvalid,
  kafkaReplicationTooHigh,
  natsmqPayloadExceedsPending,
  storeChangeOnRunningInstance,
]

/** Every rule reports fixes in the paths of the document as written (v1alpha1 included). */
export const MESSAGE_STORAGE_RULES: readonly Rule[] = RULES.map(withOriginalPathFixes)
