/** NATS server, logging and retention settings, which live in spec.config.natsmq.server (see https://github.com/milvus-io/milvus/blob/master/configs/milvus.yaml). */
import { useMessages } from '../../i18n'
import { BoolField } from '../controls/BoolField'
import { NumberField } from '../controls/NumberField'
import { TextField } from '../controls/TextField'
import { storeSettingsMessages } from '../messagesStoreSettings'
import { Subsection } from '../Section'

const SERVER = ['spec', 'config', 'natsmq', 'server'] as const
const MONITOR = [...SERVER, 'monitor'] as const
const RETENTION = [...SERVER, 'retention'] as const

/** spec.config.natsmq.server.* */
export function NatsFields() {
  const t = useMessages(storeSettingsMessages)
  return (
    <>
      <Subsection title={t.natsServer}>
        <NumberField path={[...SERVER, 'port']} label={t.natsPort} />
        <TextField path={[...SERVER, 'storeDir']} label={t.storeDir} />
        <NumberField path={[...SERVER, 'maxFileStore']} label={t.maxFileStore} />
        <NumberField path={[...SERVER, 'maxPayload']} label={t.maxPayload} />
        <NumberField path={[...SERVER, 'maxPending']} label={t.maxPending} />
        <NumberField path={[...SERVER, 'initializeTimeout']} label={t.initializeTimeout} />
      </Subsection>
      <Subsection title={t.natsRetention}>
        <NumberField path={[...RETENTION, 'maxAge']} label={t.retentionMaxAge} />
        <NumberField path={[...RETENTION, 'maxBytes']} label={t.retentionMaxBytes} />
        <NumberField path={[...RETENTION, 'maxMsgs']} label={t.retentionMaxMsgs} />
      </Subsection>
      <Subsection title={t.natsMonitor}>
        <BoolField path={[...MONITOR, 'trace']} label={t.monitorTrace} />
        <BoolField path={[...MONITOR, 'debug']} label={t.monitorDebug} />
        <BoolField path={[...MONITOR, 'logTime']} label={t.monitorLogTime} defaultValue />
        <TextField path={[...MONITOR, 'logFile']} label={t.monitorLogFile} />
        <NumberField path={[...MONITOR, 'logSizeLimit']} label={t.monitorLogSizeLimit} />
      </Subsection>
    </>
  )
}
