/** The "Keyboard shortcuts" dialog (`?`): every header action with its keys, then the problem and editor keys. */
import { Dialog } from '../common/Dialog'
import { SHORTCUT_KEYS } from '../common/shortcuts'
import { useMessages } from '../i18n'
import type { HeaderAction } from './headerActions'
import { shortcutMessages } from './shortcutMessages'

export interface ShortcutsDialogProps {
  readonly open: boolean
  readonly onClose: () => void
  readonly actions: readonly HeaderAction[]
}

interface Row {
  readonly label: string
  readonly keys: readonly string[]
}

function KeyList({ keys, or }: { readonly keys: readonly string[]; readonly or: string }) {
  return (
    <>
      {keys.map((k, i) => (
        <span key={k}>
          {i > 0 && ` ${or} `}
          <kbd>{k}</kbd>
        </span>
      ))}
    </>
  )
}

function Group({
  title,
  rows,
  or,
}: {
  readonly title: string
  readonly rows: readonly Row[]
  readonly or: string
}) {
  return (
    <section className="shortcuts__group">
      <h3>{title}</h3>
      <dl className="shortcuts__list">
        {rows.map((r) => (
          <div key={r.label} className="shortcuts__row">
            <dt>{r.label}</dt>
            <dd>
              <KeyList keys={r.keys} or={or} />
            </dd>
          </div>
        ))}
      </dl>
    </section>
  )
}

export function ShortcutsDialog({ open, onClose, actions }: ShortcutsDialogProps) {
  const t = useMessages(shortcutMessages)
  const header: Row[] = [
    ...actions.map((a) => ({ label: a.label, keys: SHORTCUT_KEYS[a.id] })),
    { label: t.theme, keys: SHORTCUT_KEYS.theme },
    { label: t.language, keys: SHORTCUT_KEYS.language },
  ]
  const problems: Row[] = [
    { label: t.nextProblem, keys: SHORTCUT_KEYS.nextProblem },
    { label: t.previousProblem, keys: SHORTCUT_KEYS.previousProblem },
    { label: t.skipLink, keys: ['Tab'] },
  ]
  const editor: Row[] = [
    { label: t.editorProblem, keys: ['F8', 'Shift+F8'] },
    { label: t.leaveEditor, keys: [t.leaveEditorKeys] },
    { label: t.tabMode, keys: ['Ctrl+M'] },
  ]
  return (
    <Dialog open={open} onClose={onClose} title={t.title} className="shortcuts-dialog">
      <p className="dialog__intro">{t.intro}</p>
      <Group title={t.groupHeader} rows={header} or={t.or} />
      <Group title={t.groupProblems} rows={problems} or={t.or} />
      <Group title={t.groupEditor} rows={editor} or={t.or} />
    </Dialog>
  )
}
