/**
 * Defaults of the in-cluster charts the operator deploys, as set in milvus-helm
 * charts/milvus/values.yaml (sections pulsarv3, pulsar, kafka), which the operator merges under
 * the user's values. Only the keys the rules compare are listed.
 */

/** `pulsarv3.bookkeeper.replicaCount` and `pulsar.bookkeeper.replicaCount`. */
export const PULSAR_BOOKIES_DEFAULT = 3

/** `pulsarv3.broker.configData.managedLedgerDefault*` (the pulsar-v2 section sets none). */
export const PULSAR_V3_QUORUM_DEFAULT = { ensemble: 2, write: 2, ack: 2 } as const

/** `kafka.replicaCount`, `kafka.defaultReplicationFactor`, `kafka.offsetsTopicReplicationFactor`. */
export const KAFKA_BROKERS_DEFAULT = 3
export const KAFKA_FACTOR_DEFAULTS: Readonly<Record<string, number | undefined>> = {
  defaultReplicationFactor: 3,
  offsetsTopicReplicationFactor: 3,
  transactionStateLogReplicationFactor: undefined,
  transactionStateLogMinIsr: undefined,
  minInsyncReplicas: undefined,
}
