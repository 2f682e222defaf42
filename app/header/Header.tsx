/**
 * The header: the resource name, the ways to get a config in (presets, import), undo/redo, the
 * ways to get it out (download, export, share), baseline, the store guide, reset, the keyboard
 * shortcuts, and preferences. On narrow screens only the pinned actions stay in the toolbar; the
 * rest fold into a "More" menu. Every action has a key (app/common/shortcuts.ts).
 */
import { useState } from 'react'
import { NARROW_QUERY, useMediaQuery } from '../common/useMediaQuery'
import { SHORTCUT_KEYS } from '../common/shortcuts'
import { useMessages } from '../i18n'
import { selectResourceName } from '../state/selectors'
import { useStudioStore } from '../state/store'
import { useHeaderActions, type HeaderAction, type HeaderDialog } from './headerActions'
import { ImportDialog } from './ImportDialog'
import { LazyDialog } from './LazyDialogs'
import { headerMessages } from './messages'
import { MoreMenu } from './MoreMenu'
import { PreferenceSelects } from './PreferenceSelects'
import { PresetsDialog } from './PresetsDialog'
import { ResetDialog } from './ResetDialog'
import { shortcutMessages } from './shortcutMessages'
import { ShortcutsDialog } from './ShortcutsDialog'
import { useHeaderShortcuts } from './useHeaderShortcuts'

function ActionButton({ action }: { readonly action: HeaderAction }) {
  const keys = SHORTCUT_KEYS[action.id]
  return (
    <button
      type="button"
      data-action={action.id}
      className={action.primary ? 'button-primary' : undefined}
      onClick={action.run}
      disabled={action.disabled}
      title={`${action.label} (${keys.join(', ')})`}
      aria-keyshortcuts={keys.join(' ')}
    >
      {action.glyph && <span aria-hidden="true">{action.glyph} </span>}
      {action.label}
    </button>
  )
}

export function Header() {
  const t = useMessages(headerMessages)
  const s = useMessages(shortcutMessages)
  const name = useStudioStore(selectResourceName)
  const narrow = useMediaQuery(NARROW_QUERY)
  const [open, setOpen] = useState<HeaderDialog | null>(null)
  const groups = useHeaderActions(setOpen)
  const actions = groups.flat()
  useHeaderShortcuts(actions)
  const close = () => setOpen(null)
  return (
    <header className="app-header">
      <div className="app-header__brand">
        <span className="app-header__logo" aria-hidden="true" />
        <h1 className="app-header__title">{t.appName}</h1>
        <p className="app-header__resource">
          <span className="visually-hidden">{t.resource}: </span>
          <span className={name ? undefined : 'muted'}>{name || t.unnamed}</span>
        </p>
      </div>
      <div className="app-header__actions" role="group" aria-label={t.actions}>
        {narrow ? (
          <div className="button-group">
            {actions
              .filter((a) => a.pinned)
              .map((a) => (
                <ActionButton key={a.id} action={a} />
              ))}
            <MoreMenu label={s.more} actions={actions.filter((a) => !a.pinned)} />
          </div>
        ) : (
          groups.map((group) => (
            <div key={group[0]?.id} className="button-group">
              {group.map((a) => (
                <ActionButton key={a.id} action={a} />
              ))}
            </div>
          ))
        )}
      </div>
      <PreferenceSelects />
      <PresetsDialog open={open === 'presets'} onClose={close} />
      <ImportDialog open={open === 'import'} onClose={close} />
      <ResetDialog open={open === 'reset'} onClose={close} />
      <ShortcutsDialog open={open === 'shortcuts'} onClose={close} actions={actions} />
      {(open === 'export' || open === 'share' || open === 'baseline' || open === 'guide') && (
        <LazyDialog name={open} onClose={close} />
      )}
    </header>
  )
}
