/**
 * The Monaco YAML editor, bound both ways to the store's `source`. Loaded with React.lazy by
 * YamlEditorPanel; the text the user types goes to `setSource(text, 'editor')`, and text changed
 * elsewhere (form, fix, undo, import) comes back as a minimal edit, never echoing its own edits.
 */
import Editor, { type OnMount } from '@monaco-editor/react'
import type * as Monaco from 'monaco-editor/editor'
import { useMessages } from '../i18n'
import { useStudioStore } from '../state/store'
import { registerQuickFixes } from './codeActions'
import { editorMessages } from './editorMessages'
import { bindLeaveKeys } from './leaveEditor'
import {
  applyExternalSource,
  bindHistoryKeys,
  insertMultilineInputAsPaste,
  revealRequest,
  updateMarkers,
} from './monacoBinding'
import { setupMonaco } from './monacoSetup'
import { PlainYamlEditor } from './PlainYamlEditor'
import { takePlainFocus } from './plainFocusHandoff'
import { monacoThemeName, useResolvedTheme } from './useResolvedTheme'

const monaco = setupMonaco()
registerQuickFixes(monaco)

const MODEL_PATH = 'inmemory://milvus-studio/manifest.yaml'

function editorOptions(ariaLabel: string): Monaco.editor.IStandaloneEditorConstructionOptions {
  return {
    ariaLabel,
    // The classic hidden-textarea input, whose beforeinput events insertMultilineInputAsPaste
    // relies on (an EditContext input reports text through textupdate events instead).
    editContext: false,
    automaticLayout: true,
    minimap: { enabled: false },
    lineNumbersMinChars: 3,
    scrollBeyondLastLine: false,
    fontSize: 13,
    tabSize: 2,
    insertSpaces: true,
    detectIndentation: false,
    wordWrap: 'off',
    fixedOverflowWidgets: true,
    renderWhitespace: 'selection',
    quickSuggestions: { other: true, strings: true, comments: false },
    lightbulb: { enabled: monaco.editor.ShowLightbulbIconMode.On },
    stickyScroll: { enabled: true },
  }
}

function restoreCaret(editor: Monaco.editor.IStandaloneCodeEditor): void {
  const offset = takePlainFocus()
  const model = editor.getModel()
  if (offset === undefined || !model || document.activeElement !== document.body) return
  editor.setPosition(model.getPositionAt(offset))
  editor.focus()
}

export function YamlEditor() {
  const m = useMessages(editorMessages)
  const theme = useResolvedTheme()

  const onMount: OnMount = (editor) => {
    const store = useStudioStore
    let applying = true
    applyExternalSource(editor, store.getState().source)
    applying = false
    editor.onDidChangeModelContent(() => {
      if (applying) return
      const text = editor.getModel()?.getValue() ?? ''
      if (text !== store.getState().source) store.getState().setSource(text, 'editor')
    })
    bindHistoryKeys(
      monaco,
      editor,
      () => store.getState().undo(),
      () => store.getState().redo(),
    )
    insertMultilineInputAsPaste(editor)
    bindLeaveKeys(monaco, editor)
    updateMarkers(monaco, editor, store.getState())
    const unsubscribe = store.subscribe((state, prev) => {
      if (state.source !== prev.source && state.source !== editor.getModel()?.getValue()) {
        applying = true
        try {
          applyExternalSource(editor, state.source)
        } finally {
          applying = false
        }
      }
      if (state.derived.findings !== prev.derived.findings || state.lang !== prev.lang)
        updateMarkers(monaco, editor, state)
      if (state.reveal !== prev.reveal) revealRequest(editor, state)
    })
    // Tied to the editor's life, not the component's, so StrictMode's test unmount cannot cut it.
    editor.onDidDispose(unsubscribe)
    restoreCaret(editor)
  }

  return (
    <Editor
      className="yaml-monaco"
      height="100%"
      defaultLanguage="yaml"
      defaultPath={MODEL_PATH}
      defaultValue={useStudioStore.getState().source}
      theme={monacoThemeName(theme)}
      options={editorOptions(m.monacoAria)}
      loading={<PlainYamlEditor loading />}
      onMount={onMount}
    />
  )
}
