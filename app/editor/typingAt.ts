/** Where the user is typing, for the completion providers: the line up to the cursor and the word. */
import type * as Monaco from 'monaco-editor/editor'

export interface Typing {
  /** The text of the cursor's line before the cursor. */
  readonly before: string
  /** The range of the word being typed, which a completion item replaces. */
  readonly range: Monaco.IRange
}

export function typingAt(model: Monaco.editor.ITextModel, position: Monaco.Position): Typing {
  const word = model.getWordUntilPosition(position)
  return {
    before: model.getLineContent(position.lineNumber).slice(0, position.column - 1),
    range: {
      startLineNumber: position.lineNumber,
      endLineNumber: position.lineNumber,
      startColumn: word.startColumn,
      endColumn: word.endColumn,
    },
  }
}
