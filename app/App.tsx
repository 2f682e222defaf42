/**
 * The page: a skip link to the problems, header on top; the form on the left; the YAML editor above
 * the problems panel on the right (stacked below 900px, with a sticky problem bar). Each panel sits
 * in its own error boundary.
 */
import { useCallback } from 'react'
import { StaleCommentOffer } from './comments/StaleCommentOffer'
import { PanelBoundary } from './common/PanelBoundary'
import { NARROW_QUERY, useMediaQuery } from './common/useMediaQuery'
import { useFileDrop } from './common/useFileDrop'
import { useGlobalShortcuts } from './common/useGlobalShortcuts'
import { YamlEditorPanel } from './editor/YamlEditorPanel'
import { ProblemsPanel } from './findings/ProblemsPanel'
import { ReadOnlyBanner } from './findings/ReadOnlyBanner'
import { StudioForm } from './form/StudioForm'
import { AutosaveNote } from './header/AutosaveNote'
import { Header } from './header/Header'
import { KeepingNotices } from './header/KeepingNotices'
import { headerMessages } from './header/messages'
import { Notices } from './header/Notices'
import { importFile } from './header/readFile'
import { useMessages } from './i18n'
import { layoutMessages } from './i18n/layoutMessages'
import { ProblemBar } from './layout/ProblemBar'

export function App() {
  const t = useMessages(layoutMessages)
  const h = useMessages(headerMessages)
  useGlobalShortcuts()
  const onFile = useCallback((file: File) => void importFile(file), [])
  const dragging = useFileDrop(onFile)
  const narrow = useMediaQuery(NARROW_QUERY)
  return (
    <div className="app">
      <a className="skip-link" href="#problems">
        {t.skipToProblems}
      </a>
      <PanelBoundary name={t.header}>
        <Header />
      </PanelBoundary>
      <div className="app__notices">
        <ReadOnlyBanner />
        <KeepingNotices />
        <Notices />
        <StaleCommentOffer />
      </div>
      <main className="app__main">
        <section aria-label={t.form} className="app__form">
          <PanelBoundary name={t.form}>
            <StudioForm />
          </PanelBoundary>
        </section>
        <div className="app__side">
          <div className="app__editor">
            <PanelBoundary name={t.editorPanel}>
              <YamlEditorPanel />
            </PanelBoundary>
          </div>
          <div className="app__problems">
            <PanelBoundary name={t.problemsPanel}>
              <ProblemsPanel />
            </PanelBoundary>
          </div>
        </div>
      </main>
      {narrow && <ProblemBar />}
      <footer className="app__footer">
        <AutosaveNote />
      </footer>
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <p>{h.dropHere}</p>
        </div>
      )}
    </div>
  )
}
