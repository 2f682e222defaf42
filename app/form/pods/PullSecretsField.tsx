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
  const itemName = (n: number): string => format(t.pullSecret, { n })
  return (
    <ObjectListField
      path={[...base, 'imagePullSecrets']}
      label={format(t.pullSecrets, { c: who })}
      help={t.pullSecretsHelp}
      itemName={itemName}
      newLabel={format(t.newPullSecret, { c: who })}
      newPlaceholder="registry-credentials"
      newItem={(name) => ({ name })}
      renderItem={(at, _item, n) => (
        <TextField
          path={[...at, 'name']}
          label={t.pullSecretName}
          hiddenPrefix={`${who} ${itemName(n)}`}
          help=""
        />
      )}
    />
  )
}
