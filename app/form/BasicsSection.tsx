/** Section 1: name, namespace, mode, image and version, with the effective version and the stores it allows. */
import { useShallow } from 'zustand/react/shallow'
import type { MilvusResource } from '../../src/model'
import { DEFAULT_MILVUS_IMAGE, MSG_STREAM_TYPES, runningMilvusVersion } from '../state/engine'
import { format, useMessages } from '../i18n'
import { selectResource } from '../state/selectors'
import { useStudioStore } from '../state/store'
import { TextField } from './controls/TextField'
import { formMessages } from './messages'
import { ModeChoice } from './ModeChoice'
import { Section } from './Section'
import { storeMessages } from './messagesStores'
import { allowedStores } from './storeAvailability'
import { STORE_LABEL_KEYS, isMsgStreamType } from './storeLabels'
import { OrphanFindings } from './OrphanFindings'

const BASICS_PATHS = [
  ['apiVersion'],
  ['kind'],
  ['metadata'],
  ['spec', 'mode'],
  ['spec', 'components', 'image'],
] as const

const BASICS_PREFIXES = [
  ['apiVersion'],
  ['kind'],
  ['metadata'],
  ['spec', 'mode'],
  ['spec', 'components', 'image'],
  ['spec', 'components', 'version'],
] as const

interface VersionView {
  readonly text: string | undefined
  readonly source: string | undefined
  /** Allowed store types joined by commas (a string, so the shallow comparison holds). */
  readonly stores: string
}

function viewVersion(r: MilvusResource): VersionView {
  const v = runningMilvusVersion(r)
  return {
    text: v ? `${v.major}.${v.minor}.${v.patch}` : undefined,
    source: v?.source,
    stores: allowedStores(r, MSG_STREAM_TYPES).join(','),
  }
}

/** The Basics section. */
export function BasicsSection() {
  const t = useMessages(formMessages)
  const s = useMessages(storeMessages)
  const view = useStudioStore(useShallow((st) => viewVersion(selectResource(st))))
  const stores = view.stores
    .split(',')
    .filter(isMsgStreamType)
    .map((type) => s[STORE_LABEL_KEYS[type]])
    .join(', ')
  const sourceKey = view.source ? (`source_${view.source}` as const) : undefined
  const sourceText =
    sourceKey && sourceKey in t ? t[sourceKey as keyof typeof t] : (view.source ?? '')
  return (
    <Section id="ff-basics" title={t.basics} problemPaths={BASICS_PATHS}>
      <TextField path={['metadata', 'name']} label={t.name} help={t.nameHelp} />
      <TextField
        path={['metadata', 'namespace']}
        label={t.namespace}
        help={t.namespaceHelp}
        placeholder="default"
      />
      <ModeChoice />
      <TextField
        path={['spec', 'components', 'image']}
        label={t.image}
        placeholder={DEFAULT_MILVUS_IMAGE}
      />
      <TextField
        path={['spec', 'components', 'version']}
        label={t.version}
        placeholder={view.text}
      />
      <p className="ff-note" aria-live="polite">
        {view.text
          ? format(t.effectiveVersion, { version: view.text, source: sourceText })
          : t.unknownVersion}{' '}
        {format(t.allowedStores, { stores })}
      </p>
      <OrphanFindings prefixes={BASICS_PREFIXES} />
    </Section>
  )
}
