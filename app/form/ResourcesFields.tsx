/** CPU and memory requests and limits under one `resources` path. */
import type { SpecPath } from '../../src/model'
import { useMessages } from '../i18n'
import { TextField } from './controls/TextField'
import { formMessages } from './messages'

export interface ResourcesFieldsProps {
  /** The `resources` object's path. */
  readonly base: SpecPath
  /** What the resources belong to, used in the labels ("Proxy", "BookKeeper"). */
  readonly what: string
}

/**
 * requests/limits × cpu/memory as four text fields (quantities are checked by the rules). The visible
 * labels are short; the owner's name is read first, so every field's accessible name is unique.
 */
export function ResourcesFields({ base, what }: ResourcesFieldsProps) {
  const t = useMessages(formMessages)
  return (
    <div className="ff-grid">
      <TextField
        path={[...base, 'requests', 'cpu']}
        label={t.cpuRequest}
        hiddenPrefix={what}
        help={t.cpuHelp}
      />
      <TextField
        path={[...base, 'requests', 'memory']}
        label={t.memoryRequest}
        hiddenPrefix={what}
        help={t.memoryHelp}
      />
      <TextField
        path={[...base, 'limits', 'cpu']}
        label={t.cpuLimit}
        hiddenPrefix={what}
        help={t.cpuHelp}
      />
      <TextField
        path={[...base, 'limits', 'memory']}
        label={t.memoryLimit}
        hiddenPrefix={what}
        help={t.memoryHelp}
      />
    </div>
  )
}
