/**
 * Leaving Monaco with the keyboard: Tab indents (as in VS Code), Ctrl+M switches Tab to moving focus
 * (Monaco's own "tab focus mode"), and Escape then Tab (or Shift+Tab) moves focus out once: Escape
 * arms the next Tab, any other key disarms it, so Escape still closes widgets as usual.
 */
import type * as Monaco from 'monaco-editor/editor'
import { tabbableBeside } from '../common/tabbable'

type MonacoApi = typeof Monaco
type Editor = Monaco.editor.IStandaloneCodeEditor

const ARMED = 'milvusStudioLeaveArmed'

export function bindLeaveKeys(monaco: MonacoApi, editor: Editor): void {
  const { KeyCode, KeyMod } = monaco
  const armed = editor.createContextKey<boolean>(ARMED, false)
  const modifiers = new Set([KeyCode.Shift, KeyCode.Ctrl, KeyCode.Alt, KeyCode.Meta])
  editor.onKeyDown((e) => {
    if (e.keyCode === KeyCode.Escape) armed.set(true)
    else if (e.keyCode !== KeyCode.Tab && !modifiers.has(e.keyCode)) armed.set(false)
  })
  editor.onDidBlurEditorText(() => armed.set(false))
  const leave = (direction: 1 | -1) => {
    armed.set(false)
    const node = editor.getContainerDomNode()
    tabbableBeside(node, direction)?.focus()
  }
  editor.addCommand(KeyCode.Tab, () => leave(1), ARMED)
  editor.addCommand(KeyMod.Shift | KeyCode.Tab, () => leave(-1), ARMED)
}
