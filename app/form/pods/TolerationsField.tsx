/** Tolerations of one level (all components or one component): key, operator, value, effect, seconds. */
import type { SpecPath } from '../../../src/model'
import { format, useMessages } from '../../i18n'
import { TAINT_EFFECTS, TOLERATION_OPERATORS } from '../../state/engine'
import { NumberField } from '../controls/NumberField'
import { ObjectListField } from '../controls/ObjectListField'
import { SelectField } from '../controls/SelectField'
import { TextField } from '../controls/TextField'
import { podMessages } from '../messagesPods'

export interface TolerationsFieldProps {
  /** The level's path (`spec.components` or `spec.components.<c>`). */
  readonly base: SpecPath
  /** Who the settings are for, in labels ("queryNode", "All components"). */
  readonly who: string
}

/** The tolerations list; a new toleration starts as `key` Exists NoSchedule. */
export function TolerationsField({ base, who }: TolerationsFieldProps) {
  const t = useMessages(podMessages)
  return (
    <ObjectListField
      path={[...base, 'tolerations']}
      label={format(t.tolerations, { c: who })}
      help={t.tolerationsHelp}
      who={who}
      itemName={(n) => format(t.toleration, { n })}
      newLabel={format(t.newTolerationKey, { c: who })}
      newPlaceholder="dedicated"
      newItem={(key) => ({ key, operator: 'Exists', effect: 'NoSchedule' })}
      renderItem={(at, _item, fields) => (
        <>
          <TextField path={[...at, 'key']} label={t.tolerationKey} {...fields} />
          <SelectField
            path={[...at, 'operator']}
            label={t.tolerationOperator}
            options={TOLERATION_OPERATORS}
            defaultText="Equal"
            {...fields}
          />
          <TextField path={[...at, 'value']} label={t.tolerationValue} {...fields} />
          <SelectField
            path={[...at, 'effect']}
            label={t.tolerationEffect}
            options={TAINT_EFFECTS}
            defaultText={t.allEffects}
            {...fields}
          />
          <NumberField
            path={[...at, 'tolerationSeconds']}
            label={t.tolerationSeconds}
            {...fields}
          />
        </>
      )}
    />
  )
}
