/** Pulsar: external endpoint, or the in-cluster chart and its common values (see https://github.com/zilliztech/milvus-operator/blob/v1.3.8/apis/milvus.io/v1beta1/dependencies_types.go#L100, https://github.com/zilliztech/milvus-operator/blob/v1.3.8/apis/milvus.io/v1beta1/milvus_webhook.go#L511). */
import { useMessages } from '../../i18n'
import { BoolField } from '../controls/BoolField'
import { NumberField } from '../controls/NumberField'
import { TextField } from '../controls/TextField'
import { InClusterFields } from '../InClusterFields'
import { storeSettingsMessages } from '../messagesStoreSettings'
import { ResourcesFields } from '../ResourcesFields'
import { Subsection } from '../Section'
import { useResourceValue } from '../useFieldMeta'

const PULSAR = ['spec', 'dependencies', 'pulsar'] as const
const IN_CLUSTER = [...PULSAR, 'inCluster'] as const
const VALUES = [...IN_CLUSTER, 'values'] as const
const LEDGER = [...VALUES, 'broker', 'configData'] as const

function InClusterPulsar() {
  const t = useMessages(storeSettingsMessages)
  return (
    <>
      <InClusterFields
        base={IN_CLUSTER}
        what="Pulsar"
        chartVersions={['pulsar-v2', 'pulsar-v3']}
        chartLabel={t.pulsarChart}
        chartDefault="pulsar-v3"
      />
      <Subsection title={t.pulsarReplicas}>
        <div className="ff-grid">
          <NumberField path={[...VALUES, 'zookeeper', 'replicaCount']} label={t.zkReplicas} />
          <NumberField path={[...VALUES, 'bookkeeper', 'replicaCount']} label={t.bkReplicas} />
          <NumberField path={[...VALUES, 'broker', 'replicaCount']} label={t.brokerReplicas} />
          <NumberField path={[...VALUES, 'proxy', 'replicaCount']} label={t.proxyReplicas} />
        </div>
        <BoolField
          path={[...VALUES, 'components', 'autorecovery']}
          label={t.autorecovery}
          help={t.autorecoveryHelp}
          defaultValue
        />
      </Subsection>
      <Subsection title={t.bkResources}>
        <ResourcesFields base={[...VALUES, 'bookkeeper', 'resources']} what="BookKeeper" />
      </Subsection>
      <Subsection title={t.quorum} note={<p className="ff-help">{t.quorumHelp}</p>}>
        <div className="ff-grid">
          <NumberField
            path={[...LEDGER, 'managedLedgerDefaultEnsembleSize']}
            label={t.ensembleSize}
            asString
          />
          <NumberField
            path={[...LEDGER, 'managedLedgerDefaultWriteQuorum']}
            label={t.writeQuorum}
            asString
          />
          <NumberField
            path={[...LEDGER, 'managedLedgerDefaultAckQuorum']}
            label={t.ackQuorum}
            asString
          />
        </div>
      </Subsection>
    </>
  )
}

/** The Pulsar block. */
export function PulsarFields() {
  const t = useMessages(storeSettingsMessages)
  const external = useResourceValue([...PULSAR, 'external']) === true
  return (
    <>
      <BoolField
        path={[...PULSAR, 'external']}
        label={t.externalPulsar}
        help={t.externalPulsarHelp}
      />
      {external ? (
        <TextField
          path={[...PULSAR, 'endpoint']}
          label={t.pulsarEndpoint}
          help={t.pulsarEndpointHelp}
          placeholder="pulsar-proxy.pulsar:6650"
        />
      ) : (
        <InClusterPulsar />
      )}
    </>
  )
}
