/**
 * A one-line note under a field (or a finding) whose YAML value is shared through an anchor, or
 * that the form cannot edit because of a YAML construct (the reason, with its line).
 */
import type { SpecPath } from '../../src/model'
import { format, useMessages } from '../i18n'
import { usePathInfo } from '../state/pathInfo'
import { useStudioStore } from '../state/store'
import { sharedMessages } from './sharedMessages'

export interface EditNoteProps {
  readonly path: SpecPath
  readonly id?: string
}

export function EditNote({ path, id }: EditNoteProps) {
  const t = useMessages(sharedMessages)
  const lang = useStudioStore((s) => s.lang)
  const info = usePathInfo(path)
  if (info.refusal) {
    return (
      <p id={id} className="ff-help ff-edit-note">
        {format(t.readOnly, { reason: info.refusal.text[lang] })}
      </p>
    )
  }
  const shared = info.shared
  if (!shared) return null
  const text = format(shared.via === 'alias' ? t.fromAlias : t.anchored, { ...shared })
  return (
    <p id={id} className="ff-help ff-edit-note">
      {text}
    </p>
  )
}
