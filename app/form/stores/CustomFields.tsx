/** Custom message stream: the operator writes nothing, so the user sets spec.config.mq.type. */
import { useMessages } from '../../i18n'
import { TextField } from '../controls/TextField'
import { storeSettingsMessages } from '../messagesStoreSettings'

/** The Custom block. */
export function CustomFields() {
  const t = useMessages(storeSettingsMessages)
  return (
    <>
      <p className="ff-note">{t.customNote}</p>
      <TextField
        path={['spec', 'config', 'mq', 'type']}
        label={t.mqType}
        help={t.mqTypeHelp}
        placeholder="default"
      />
    </>
  )
}
