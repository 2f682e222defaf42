/** Persistence of an embedded store (rocksmq, natsmq, embedded woodpecker): see https://github.com/zilliztech/milvus-operator/blob/v1.3.8/apis/milvus.io/v1beta1/dependencies_types.go#L174. */
import { useMessages } from '../../i18n'
import { BoolField } from '../controls/BoolField'
import { ListField } from '../controls/ListField'
import { TextField } from '../controls/TextField'
import { storeSettingsMessages } from '../messagesStoreSettings'
import { Subsection } from '../Section'

export interface PersistenceFieldsProps {
  readonly store: 'rocksmq' | 'natsmq' | 'woodpecker'
}

/** enabled, pvcDeletion, existingClaim, storage class, access modes and size. */
export function PersistenceFields({ store }: PersistenceFieldsProps) {
  const t = useMessages(storeSettingsMessages)
  const base = ['spec', 'dependencies', store, 'persistence'] as const
  const claim = [...base, 'persistentVolumeClaim'] as const
  return (
    <Subsection title={t.persistence}>
      <BoolField path={[...base, 'enabled']} label={t.persistEnabled} help={t.persistEnabledHelp} />
      <BoolField path={[...base, 'pvcDeletion']} label={t.pvcDeletion} />
      <TextField path={[...claim, 'existingClaim']} label={t.existingClaim} />
      <TextField
        path={[...claim, 'spec', 'storageClassName']}
        label={t.storageClass}
        help={t.storageClassHelp}
      />
      <ListField
        path={[...claim, 'spec', 'accessModes']}
        label={t.accessModes}
        help={t.accessModesHelp}
        placeholder="ReadWriteOnce"
      />
      <TextField
        path={[...claim, 'spec', 'resources', 'requests', 'storage']}
        label={t.volumeSize}
        help={t.volumeSizeHelp}
        placeholder="5Gi"
      />
    </Subsection>
  )
}
