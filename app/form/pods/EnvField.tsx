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
  const itemName = (n: number): string => format(t.envVar, { n })
  return (
    <ObjectListField
      path={[...base, 'env']}
      label={format(t.env, { c: who })}
      help={t.envHelp}
      itemName={itemName}
      newLabel={format(t.newEnvName, { c: who })}
      newPlaceholder="MY_SETTING"
      newItem={(name) => ({ name, value: '' })}
      renderItem={(at, item, n) => {
        const prefix = `${who} ${itemName(n)}`
        return (
          <>
            <TextField
              path={[...at, 'name']}
              label={t.envName}
              hiddenPrefix={prefix}
              keepEmpty
              help=""
            />
            {item.valueFrom === undefined ? (
              <TextField
                path={[...at, 'value']}
                label={t.envValue}
                hiddenPrefix={prefix}
                keepEmpty
                help=""
              />
            ) : (
              <p className="ff-muted">{t.envFrom}</p>
            )}
          </>
        )
      }}
    />
  )
}
