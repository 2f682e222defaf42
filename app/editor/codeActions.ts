/**
 * Quick fixes in Monaco: each finding with a `fix` whose range touches the lightbulb's lines becomes
 * a code action. Choosing it runs a command that calls the store's `applyFix`, so the change goes
 * through the same patch path as the form and lands in the undo history.
 */
import type * as Monaco from 'monaco-editor/editor'
import type { LocatedFinding } from '../../src/derive/types'
import { useStudioStore } from '../state/store'
import { findingTouchesLines, MARKER_SOURCE } from './findingMarkers'

type MonacoApi = typeof Monaco

export const APPLY_FIX_COMMAND = 'milvus-studio.applyFix'

/** The finding-backed quick fixes for a line span, in the UI language. */
export function quickFixesFor(
  findings: readonly LocatedFinding[],
  lang: 'en' | 'ko',
  fromLine: number,
  toLine: number,
): { title: string; finding: LocatedFinding }[] {
  return findings
    .filter((f) => f.fix && findingTouchesLines(f, fromLine, toLine))
    .map((f) => ({ title: f.fix ? f.fix.title[lang] : '', finding: f }))
}

function provideCodeActions(
  model: Monaco.editor.ITextModel,
  range: Monaco.Range,
  context: Monaco.languages.CodeActionContext,
): Monaco.languages.CodeActionList {
  const state = useStudioStore.getState()
  // Findings describe the text the store holds; skip when the model is out of step with it.
  if (state.derived.source !== model.getValue()) return { actions: [], dispose: () => undefined }
  const fixes = quickFixesFor(
    state.derived.findings,
    state.lang,
    range.startLineNumber,
    range.endLineNumber,
  )
  const actions = fixes.map(({ title, finding }) => ({
    title,
    kind: 'quickfix',
    isPreferred: true,
    diagnostics: context.markers.filter(
      (mk) => mk.source === MARKER_SOURCE && mk.code === finding.rule,
    ),
    command: { id: APPLY_FIX_COMMAND, title, arguments: [finding] },
  }))
  return { actions, dispose: () => undefined }
}

/** Registers the provider and its command once. */
export function registerQuickFixes(monaco: MonacoApi): Monaco.IDisposable[] {
  return [
    monaco.editor.registerCommand(
      APPLY_FIX_COMMAND,
      (_accessor: unknown, finding: LocatedFinding) => {
        useStudioStore.getState().applyFix(finding)
      },
    ),
    monaco.languages.registerCodeActionProvider(
      'yaml',
      { provideCodeActions },
      { providedCodeActionKinds: ['quickfix'] },
    ),
  ]
}
