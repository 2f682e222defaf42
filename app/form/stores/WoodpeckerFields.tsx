/** Woodpecker: storage type, external service mode with its buffer pools, or embedded persistence. */
import { useMessages } from '../../i18n'
import { BoolField } from '../controls/BoolField'
import { SelectField } from '../controls/SelectField'
import { storeSettingsMessages } from '../messagesStoreSettings'
import { useResourceValue } from '../useFieldMeta'
import { BufferPoolsEditor } from './BufferPoolsEditor'
import { PersistenceFields } from './PersistenceFields'

const WOODPECKER = ['spec', 'dependencies', 'woodpecker'] as const

/** The Woodpecker block. */
export function WoodpeckerFields() {
  const t = useMessages(storeSettingsMessages)
  const external = useResourceValue([...WOODPECKER, 'external']) === true
  return (
    <>
      <SelectField
        path={['spec', 'config', 'woodpecker', 'storage', 'type']}
        label={t.woodpeckerStorage}
        help={t.woodpeckerStorageHelp}
        options={['minio', 'local', 'service']}
        defaultText="minio"
      />
      <BoolField
        path={[...WOODPECKER, 'external']}
        label={t.externalWoodpecker}
        help={t.externalWoodpeckerHelp}
      />
      {external ? <BufferPoolsEditor /> : <PersistenceFields store="woodpecker" />}
    </>
  )
}
