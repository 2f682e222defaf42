/**
 * The "Message storage" radio group. Each option shows whether it fits the mode and version and
 * why; the operator's pick is checked and marked "default" while msgStreamType is absent.
 */
import { useShallow } from 'zustand/react/shallow'
import type { MilvusResource, MsgStreamType } from '../../src/model'
import { MSG_STREAM_TYPES, effectiveMsgStreamType } from '../state/engine'
import { ChoiceField } from './ChoiceField'
import { useMessages } from '../i18n'
import { selectResource } from '../state/selectors'
import { useStudioStore } from '../state/store'
import { fieldId } from './fieldId'
import { storeMessages } from './messagesStores'
import { storeAvailability, type StoreAvailability } from './storeAvailability'
import { STORE_LABEL_KEYS } from './storeLabels'

const TYPE_PATH = ['spec', 'dependencies', 'msgStreamType'] as const

type Msgs = Record<keyof (typeof storeMessages)['en'], string>

function fitText(
  a: StoreAvailability,
  t: Msgs,
): { status: string; tone: 'ok' | 'bad' | 'unknown' } {
  if (!a.ok) return { status: t.doesNotFit, tone: 'bad' }
  if (a.checks.some((c) => c.met === null)) return { status: t.unknownFit, tone: 'unknown' }
  return { status: t.fits, tone: 'ok' }
}

interface OptionProps {
  readonly type: MsgStreamType
  readonly availability: StoreAvailability
  readonly checked: boolean
  readonly isDefault: boolean
  readonly t: Msgs
  readonly onPick: (type: MsgStreamType) => void
}

function StoreOption({ type, availability: a, checked, isDefault, t, onPick }: OptionProps) {
  const id = `${fieldId(TYPE_PATH)}-${type}`
  const fit = fitText(a, t)
  const reasons = a.checks.map((c) => t[`c_${c.constraint}`]).join(' · ')
  return (
    <div className="ff-store-option" data-fit={fit.tone} data-checked={checked || undefined}>
      <input
        id={id}
        type="radio"
        name="ff-msg-stream"
        value={type}
        checked={checked}
        aria-describedby={`${id}-why`}
        onChange={() => onPick(type)}
      />
      <label htmlFor={id} className="ff-store-name">
        {t[STORE_LABEL_KEYS[type]]}
      </label>
      {isDefault ? <span className="ff-tag">{t.defaultTag}</span> : null}
      <span id={`${id}-why`} className="ff-store-why">
        <span className={`ff-fit ff-fit-${fit.tone}`}>{fit.status}</span>
        <span className="ff-muted"> {reasons}</span>
      </span>
    </div>
  )
}

interface ChoiceView {
  readonly isDefaulted: boolean
  readonly effective: MsgStreamType
  /** Each store's availability as JSON (a string, so the shallow comparison holds). */
  readonly availability: string
}

function viewChoice(resource: MilvusResource): ChoiceView {
  const written = resource.spec.dependencies?.msgStreamType
  return {
    isDefaulted: written === undefined || written === '',
    effective: effectiveMsgStreamType(resource),
    availability: JSON.stringify(MSG_STREAM_TYPES.map((type) => storeAvailability(resource, type))),
  }
}

/** The store radio group with findings on msgStreamType shown at the group. */
export function StoreChoice() {
  const t = useMessages(storeMessages)
  // Re-renders only when what the options show changes, not on every edit of the resource.
  const { isDefaulted, effective, availability } = useStudioStore(
    useShallow((s) => viewChoice(selectResource(s))),
  )
  const fits = JSON.parse(availability) as StoreAvailability[]
  const switchStore = useStudioStore((s) => s.switchMessageStore)
  return (
    // The section heading above says the same words; the legend names the group for assistive tech.
    <ChoiceField
      path={TYPE_PATH}
      help={t.groupHelp}
      legend={t.section}
      hideLegend
      className="ff-store-choice"
    >
      {MSG_STREAM_TYPES.map((type, i) => (
        <StoreOption
          key={type}
          type={type}
          availability={fits[i] as StoreAvailability}
          checked={effective === type}
          isDefault={isDefaulted && effective === type}
          t={t}
          onPick={switchStore}
        />
      ))}
    </ChoiceField>
  )
}
