/**
 * The imperative glue between one Monaco editor and the store: external text applied as a minimal
 * edit, findings as markers, reveal requests as a highlighted line, history keys to the store.
 */
import type * as Monaco from 'monaco-editor/editor'
import type { StudioState } from '../state/types'
import { findingsToMarkers, MARKER_OWNER, type StudioMarker } from './findingMarkers'
import { computeMinimalEdit } from './minimalEdit'
import { revealTarget } from './revealTarget'

type MonacoApi = typeof Monaco
type Editor = Monaco.editor.IStandaloneCodeEditor

/** Applies `source` to the model as the smallest replacement; returns false when already equal. */
export function applyExternalSource(editor: Editor, source: string): boolean {
  const model = editor.getModel()
  if (!model) return false
  const current = model.getValue()
  const edit = computeMinimalEdit(current, source)
  if (!edit) return false
  const start = model.getPositionAt(edit.start)
  const end = model.getPositionAt(edit.end)
  const range = {
    startLineNumber: start.lineNumber,
    startColumn: start.column,
    endLineNumber: end.lineNumber,
    endColumn: end.column,
  }
  editor.executeEdits('milvus-studio', [{ range, text: edit.text, forceMoveMarkers: false }])
  // executeEdits can normalise line breaks; fall back to a full set if the texts still differ.
  if (
    model.getValue() !== source &&
    model.getValue().replace(/\r\n/g, '\n') !== source.replace(/\r\n/g, '\n')
  ) {
    model.setValue(source)
  }
  // Paint the change in this frame rather than in Monaco's next animation frame.
  editor.render()
  return true
}

type MarkerLike = Pick<
  StudioMarker,
  'startLineNumber' | 'startColumn' | 'endLineNumber' | 'endColumn' | 'severity' | 'message'
> & {
  readonly code?: string | { value: string } | undefined
}

function markerKey(m: MarkerLike): string {
  const code = typeof m.code === 'string' ? m.code : (m.code?.value ?? '')
  return `${m.startLineNumber}:${m.startColumn}:${m.endLineNumber}:${m.endColumn}:${m.severity}:${code}:${m.message}`
}

/**
 * Sets the studio's markers for the current findings in the UI language, unless the model already
 * shows exactly these (Monaco moves markers along with edits, so after typing they often match).
 */
export function updateMarkers(monaco: MonacoApi, editor: Editor, state: StudioState): void {
  const model = editor.getModel()
  if (!model) return
  const lineCount = model.getLineCount()
  const lineLength = (line: number) =>
    line >= 1 && line <= lineCount ? model.getLineLength(line) : undefined
  const markers = findingsToMarkers(state.derived.findings, state.lang, lineLength)
  const shown = monaco.editor.getModelMarkers({ owner: MARKER_OWNER, resource: model.uri })
  const same =
    shown.length === markers.length &&
    shown.map(markerKey).sort().join('\n') === markers.map(markerKey).sort().join('\n')
  if (!same) monaco.editor.setModelMarkers(model, MARKER_OWNER, markers)
}

/** Scrolls to the request's range, selects it and highlights its lines for a moment (no focus steal). */
export function revealRequest(editor: Editor, state: StudioState): void {
  if (!state.reveal) return
  const range = revealTarget(state.source, state.derived, state.reveal.path, state.reveal.range)
  if (!range) return
  const target = {
    startLineNumber: range.start.line,
    startColumn: range.start.col,
    endLineNumber: range.end.line,
    endColumn: range.end.col,
  }
  editor.revealRangeInCenterIfOutsideViewport(target)
  editor.setSelection(target)
  const highlight = editor.createDecorationsCollection([
    {
      range: target,
      options: {
        isWholeLine: true,
        className: 'yaml-reveal-line',
        linesDecorationsClassName: 'yaml-reveal-gutter',
      },
    },
  ])
  window.setTimeout(() => highlight.clear(), 2500)
}

/** Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z and Ctrl/Cmd+Y drive the store's history, not Monaco's own. */
export function bindHistoryKeys(
  monaco: MonacoApi,
  editor: Editor,
  undo: () => void,
  redo: () => void,
): void {
  const { KeyMod, KeyCode } = monaco
  editor.addAction({
    id: 'milvus-studio.undo',
    label: 'Undo (studio history)',
    keybindings: [KeyMod.CtrlCmd | KeyCode.KeyZ],
    run: undo,
  })
  editor.addAction({
    id: 'milvus-studio.redo',
    label: 'Redo (studio history)',
    keybindings: [KeyMod.CtrlCmd | KeyMod.Shift | KeyCode.KeyZ, KeyMod.CtrlCmd | KeyCode.KeyY],
    run: redo,
  })
}

/**
 * Multi-line text that arrives as one input event (dictation, input tools, automation) is inserted
 * like a paste: Monaco would otherwise replay it key by key and auto-indent every line again.
 */
export function insertMultilineInputAsPaste(editor: Editor): void {
  const node = editor.getDomNode()
  if (!node) return
  const onBeforeInput = (event: Event) => {
    const input = event as InputEvent
    if (input.inputType !== 'insertText' || !input.data || !/[\r\n]/.test(input.data)) return
    event.preventDefault()
    event.stopPropagation()
    editor.trigger('keyboard', 'paste', {
      text: input.data,
      pasteOnNewLine: false,
      multicursorText: null,
    })
  }
  node.addEventListener('beforeinput', onBeforeInput, true)
  editor.onDidDispose(() => node.removeEventListener('beforeinput', onBeforeInput, true))
}
