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
  const label = format(t.tolerations, { c: who })
  const itemName = (n: number): string => format(t.toleration, { n })
  return (
    <ObjectListField
      path={[...base, 'tolerations']}
      label={label}
      help={t.tolerationsHelp}
      itemName={itemName}
      newLabel={format(t.newTolerationKey, { c: who })}
      newPlaceholder="dedicated"
      newItem={(key) => ({ key, operator: 'Exists', effect: 'NoSchedule' })}
      renderItem={(at, _item, n) => {
        const prefix = `${who} ${itemName(n)}`
        return (
          <>
            <TextField
              path={[...at, 'key']}
              label={t.tolerationKey}
              hiddenPrefix={prefix}
              help=""
            />
            <SelectField
              path={[...at, 'operator']}
              label={t.tolerationOperator}
              hiddenPrefix={prefix}
              help=""
              options={TOLERATION_OPERATORS}
              defaultText="Equal"
            />
            <TextField
              path={[...at, 'value']}
              label={t.tolerationValue}
              hiddenPrefix={prefix}
              help=""
            />
            <SelectField
              path={[...at, 'effect']}
              label={t.tolerationEffect}
              hiddenPrefix={prefix}
              help=""
              options={TAINT_EFFECTS}
              defaultText={t.allEffects}
            />
            <NumberField
              path={[...at, 'tolerationSeconds']}
              label={t.tolerationSeconds}
              hiddenPrefix={prefix}
              help=""
            />
          </>
        )
      }}
    />
  )
}
