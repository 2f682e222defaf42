/** The InClusterConfig keys every Helm-installed dependency shares (see https://github.com/zilliztech/milvus-operator/blob/v1.3.8/apis/milvus.io/v1beta1/dependencies_types.go#L100). */
import type { SpecPath } from '../../src/model'
import { format, useMessages } from '../i18n'
import { BoolField } from './controls/BoolField'
import { SelectField } from './controls/SelectField'
import { storeSettingsMessages } from './messagesStoreSettings'

export interface InClusterFieldsProps {
  /** The `inCluster` object's path. */
  readonly base: SpecPath
  /** Dependency name used in the labels ("Pulsar", "etcd"). */
  readonly what: string
  /** Chart versions to offer, when the dependency has several. */
  readonly chartVersions?: readonly string[]
  readonly chartLabel?: string
  readonly chartDefault?: string
}

/** chartVersion (optional), deletionPolicy and pvcDeletion. */
export function InClusterFields({
  base,
  what,
  chartVersions,
  chartLabel,
  chartDefault,
}: InClusterFieldsProps) {
  const t = useMessages(storeSettingsMessages)
  return (
    <>
      {chartVersions && chartLabel ? (
        <SelectField
          path={[...base, 'chartVersion']}
          label={chartLabel}
          options={chartVersions}
          defaultText={chartDefault}
        />
      ) : null}
      <SelectField
        path={[...base, 'deletionPolicy']}
        label={format(t.deletionPolicy, { what })}
        help={t.deletionPolicyHelp}
        options={['Delete', 'Retain']}
        defaultText="Retain"
      />
      <BoolField path={[...base, 'pvcDeletion']} label={format(t.releasePvcDeletion, { what })} />
    </>
  )
}
