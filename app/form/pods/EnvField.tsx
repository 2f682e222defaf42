/** Environment variables of one level: name and literal value (valueFrom stays in the YAML). */
import type { SpecPath } from '../../../src/model'
import { format, useMessages } from '../../i18n'
import { ObjectListField } from '../controls/ObjectListField'
import { TextField } from '../controls/TextField'
import { podMessages } from '../messagesPods'

export interface EnvFieldProps {
  readonly base: SpecPath
  readonly who: string
}

/** The env list; a variable with valueFrom shows a note instead of a value input. */
export function EnvField({ base, who }: EnvFieldProps) {
  const t = useMessages(podMessages)
  return (
    <ObjectListField
      path={[...base, 'env']}
      label={format(t.env, { c: who })}
      help={t.envHelp}
      who={who}
      itemName={(n) => format(t.envVar, { n })}
      newLabel={format(t.newEnvName, { c: who })}
      newPlaceholder="MY_SETTING"
      newItem={(name) => ({ name, value: '' })}
      renderItem={(at, item, fields) => (
        <>
          <TextField path={[...at, 'name']} label={t.envName} keepEmpty {...fields} />
          {item.valueFrom === undefined ? (
            <TextField path={[...at, 'value']} label={t.envValue} keepEmpty {...fields} />
          ) : (
            <p className="ff-muted">{t.envFrom}</p>
          )}
        </>
      )}
    />
  )
}
