/** Section 2: the store choice, what it ignores, and the chosen store's own settings. */
import type { MsgStreamType } from '../../src/model'
import { format, useMessages } from '../i18n'
import { selectMsgStreamType } from '../state/selectors'
import { useStudioStore } from '../state/store'
import { IgnoredBlocksNote } from './IgnoredBlocksNote'
import { storeMessages } from './messagesStores'
import { Section, Subsection } from './Section'
import { StoreChoice } from './StoreChoice'
import { STORE_LABEL_KEYS } from './storeLabels'
import { CustomFields } from './stores/CustomFields'
import { KafkaFields } from './stores/KafkaFields'
import { NatsFields } from './stores/NatsFields'
import { PersistenceFields } from './stores/PersistenceFields'
import { PulsarFields } from './stores/PulsarFields'
import { WoodpeckerFields } from './stores/WoodpeckerFields'
import { OrphanFindings } from './OrphanFindings'

const DEPS = ['spec', 'dependencies'] as const
const CONFIG = ['spec', 'config'] as const
const STORE_PREFIXES = [
  ...['msgStreamType', 'rocksmq', 'natsmq', 'woodpecker', 'pulsar', 'kafka', 'customMsgStream'].map(
    (k) => [...DEPS, k],
  ),
  ...['mq', 'rocksmq', 'natsmq', 'woodpecker', 'pulsar', 'kafka'].map((k) => [...CONFIG, k]),
]

function StoreSettings({ type }: { readonly type: MsgStreamType }) {
  switch (type) {
    case 'rocksmq':
      return <PersistenceFields store="rocksmq" />
    case 'natsmq':
      return (
        <>
          <PersistenceFields store="natsmq" />
          <NatsFields />
        </>
      )
    case 'pulsar':
      return <PulsarFields />
    case 'kafka':
      return <KafkaFields />
    case 'woodpecker':
      return <WoodpeckerFields />
    case 'custom':
      return <CustomFields />
  }
}

/** The Message storage section. */
export function MessageStorageSection() {
  const t = useMessages(storeMessages)
  const type = useStudioStore(selectMsgStreamType)
  return (
    <Section id="ff-message-storage" title={t.section} problemPaths={STORE_PREFIXES}>
      <StoreChoice />
      <p className="ff-muted">{t.keepsStash}</p>
      <IgnoredBlocksNote />
      <Subsection title={format(t.settings, { store: t[STORE_LABEL_KEYS[type]] })}>
        <StoreSettings type={type} />
      </Subsection>
      <OrphanFindings prefixes={STORE_PREFIXES} />
    </Section>
  )
}
