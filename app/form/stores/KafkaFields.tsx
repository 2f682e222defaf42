/**
 * Kafka: external brokers with TLS/SASL settings and credentials (a Secret reference is
 * recommended), or the in-cluster chart's replicas and replication factors (see https://github.com/zilliztech/milvus-operator/blob/v1.3.8/apis/milvus.io/v1beta1/dependencies_types.go#L18, https://github.com/milvus-io/milvus/blob/master/configs/milvus.yaml).
 */
import { KAFKA_SASL_MECHANISMS, KAFKA_SECURITY_PROTOCOLS } from '../../state/engine'
import { format, useMessages } from '../../i18n'
import { BoolField } from '../controls/BoolField'
import { ListField } from '../controls/ListField'
import { NumberField } from '../controls/NumberField'
import { SelectField } from '../controls/SelectField'
import { TextField } from '../controls/TextField'
import { InClusterFields } from '../InClusterFields'
import { storeSettingsMessages } from '../messagesStoreSettings'
import { Subsection } from '../Section'
import { useResourceValue } from '../useFieldMeta'

const KAFKA = ['spec', 'dependencies', 'kafka'] as const
const VALUES = [...KAFKA, 'inCluster', 'values'] as const
const CONFIG = ['spec', 'config', 'kafka'] as const

function KafkaAuth() {
  const t = useMessages(storeSettingsMessages)
  return (
    <Subsection title={t.kafkaAuth}>
      <SelectField
        path={[...CONFIG, 'securityProtocol']}
        label={t.securityProtocol}
        options={KAFKA_SECURITY_PROTOCOLS}
      />
      <SelectField
        path={[...CONFIG, 'saslMechanisms']}
        label={t.saslMechanism}
        options={KAFKA_SASL_MECHANISMS}
      />
      <TextField path={[...KAFKA, 'secretRef']} label={t.kafkaSecret} help={t.kafkaSecretHelp} />
      <TextField path={[...CONFIG, 'saslUsername']} label={t.saslUsername} />
      <TextField
        path={[...CONFIG, 'saslPassword']}
        label={t.saslPassword}
        type="password"
        autoComplete="new-password"
      />
    </Subsection>
  )
}

function InClusterKafka() {
  const t = useMessages(storeSettingsMessages)
  return (
    <>
      <InClusterFields base={[...KAFKA, 'inCluster']} what="Kafka" />
      <div className="ff-grid">
        <NumberField
          path={[...VALUES, 'replicaCount']}
          label={format(t.inClusterReplicas, { what: 'Kafka' })}
        />
        <NumberField path={[...VALUES, 'defaultReplicationFactor']} label={t.defaultReplication} />
        <NumberField
          path={[...VALUES, 'offsetsTopicReplicationFactor']}
          label={t.offsetsReplication}
        />
      </div>
    </>
  )
}

/** The Kafka block. */
export function KafkaFields() {
  const t = useMessages(storeSettingsMessages)
  const external = useResourceValue([...KAFKA, 'external']) === true
  return (
    <>
      <BoolField path={[...KAFKA, 'external']} label={t.externalKafka} help={t.externalKafkaHelp} />
      {external ? (
        <>
          <ListField
            path={[...KAFKA, 'brokerList']}
            label={t.brokerList}
            help={t.brokerListHelp}
            placeholder="kafka-0.kafka:9092"
          />
          <KafkaAuth />
        </>
      ) : (
        <InClusterKafka />
      )}
    </>
  )
}
