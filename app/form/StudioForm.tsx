/**
 * The form: five sections bound to the store. Every control reads the shown resource
 * (selectResource) and writes through setField / switchMessageStore. While the YAML does not
 * parse, everything sits in a disabled fieldset showing the last good values.
 */
import { useMemo, useRef } from 'react'
import { useMessages } from '../i18n'
import { selectFirstSyntaxError, selectIsReadOnly } from '../state/selectors'
import { useStudioStore } from '../state/store'
import { BasicsSection } from './BasicsSection'
import { ComponentsSection } from './ComponentsSection'
import { EtcdSection } from './EtcdSection'
import { formMessages } from './messages'
import { MessageStorageSection } from './MessageStorageSection'
import { MilvusSettingsSection } from './MilvusSettingsSection'
import { StorageSection } from './StorageSection'
import { useRevealFocus } from './useRevealFocus'
import './form.css'

/** The studio's form column. */
export function StudioForm() {
  const t = useMessages(formMessages)
  const readOnly = useStudioStore(selectIsReadOnly)
  // Only while read-only: otherwise every new findings list would re-render the whole form.
  const error = useStudioStore((s) => (selectIsReadOnly(s) ? selectFirstSyntaxError(s) : undefined))
  const revealPath = useStudioStore((s) => s.revealPath)
  const root = useRef<HTMLDivElement>(null)
  useRevealFocus(root)
  // The sections subscribe to what they show; a change of the read-only state re-renders none of them.
  const sections = useMemo(
    () => (
      <>
        <BasicsSection />
        <MessageStorageSection />
        <EtcdSection />
        <StorageSection />
        <ComponentsSection />
        <MilvusSettingsSection />
      </>
    ),
    [],
  )
  return (
    <div ref={root} className="ff-form">
      <form aria-label={t.formTitle} onSubmit={(e) => e.preventDefault()}>
        {readOnly ? (
          <div className="ff-readonly">
            <p id="ff-readonly-note">{t.readOnly}</p>
            {error ? (
              <button
                type="button"
                className="ff-button"
                onClick={() => revealPath(error.path, error.range)}
              >
                {t.showError}
              </button>
            ) : null}
          </div>
        ) : null}
        <fieldset
          className="ff-root"
          disabled={readOnly}
          aria-describedby={readOnly ? 'ff-readonly-note' : undefined}
        >
          {sections}
        </fieldset>
      </form>
    </div>
  )
}
