/** Monaco's diff editor, baseline (left) against the current text (right). Loaded lazily. */
import { DiffEditor, type DiffOnMount } from '@monaco-editor/react'
import { setupMonaco } from '../editor/monacoSetup'
import { monacoThemeName, useResolvedTheme } from '../editor/useResolvedTheme'

setupMonaco()

export interface BaselineDiffProps {
  readonly original: string
  readonly modified: string
}

/**
 * The wrapper disposes the models before the diff widget and Monaco then throws ("TextModel got
 * disposed before DiffEditorWidget model got reset"). So the wrapper keeps them, and they are
 * disposed here once the widget itself is gone.
 */
const disposeModelsAfterWidget: DiffOnMount = (editor) => {
  const models = editor.getModel()
  editor.onDidDispose(() => {
    models?.original.dispose()
    models?.modified.dispose()
  })
}

export function BaselineDiff({ original, modified }: BaselineDiffProps) {
  const theme = useResolvedTheme()
  return (
    <DiffEditor
      height="100%"
      language="yaml"
      original={original}
      modified={modified}
      keepCurrentOriginalModel
      keepCurrentModifiedModel
      onMount={disposeModelsAfterWidget}
      theme={monacoThemeName(theme)}
      options={{
        readOnly: true,
        originalEditable: false,
        renderSideBySide: true,
        useInlineViewWhenSpaceIsLimited: true,
        minimap: { enabled: false },
        scrollBeyondLastLine: false,
        automaticLayout: true,
        fontSize: 12,
      }}
    />
  )
}
