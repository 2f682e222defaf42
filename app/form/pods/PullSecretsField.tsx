/** imagePullSecrets of one level: a list of `{ name }` Secret references. */
import type { SpecPath } from '../../../src/model'
import { format, useMessages } from '../../i18n'
import { ObjectListField } from '../controls/ObjectListField'
import { TextField } from '../controls/TextField'
import { podMessages } from '../messagesPods'

export interface PullSecretsFieldProps {
  readonly base: SpecPath
  readonly who: string
}

/** The image pull secrets list. */
export function PullSecretsField({ base, who }: PullSecretsFieldProps) {
  const t = useMessages(podMessages)
  return (
    <ObjectListField
      path={[...base, 'imagePullSecrets']}
      label={format(t.pullSecrets, { c: who })}
      help={t.pullSecretsHelp}
      who={who}
      itemName={(n) => format(t.pullSecret, { n })}
      newLabel={format(t.newPullSecret, { c: who })}
      newPlaceholder="registry-credentials"
      newItem={(name) => ({ name })}
      renderItem={(at, _item, fields) => (
        <TextField path={[...at, 'name']} label={t.pullSecretName} {...fields} />
      )}
    />
  )
}
