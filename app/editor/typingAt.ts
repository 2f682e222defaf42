/**
 * What the two completion providers share: where the user is typing (the line up to the cursor and
 * the word), the providers' signature, and how a key completion inserts.
 */
import type * as Monaco from 'monaco-editor/editor'

/** The completion providers' signature: Monaco's namespace, the model and the cursor. */
export type ProvideCompletion = (
  monaco: typeof Monaco,
  model: Monaco.editor.ITextModel,
  position: Monaco.Position,
) => Monaco.languages.CompletionList

/**
 * How a key completion inserts: `key: ` for a value on the line, or `key:` and a new line
 * indented two more than `indent` for a nested block.
 */
export function keyInsertion(
  monaco: typeof Monaco,
  key: string,
  nested: boolean,
  indent: number,
): Pick<Monaco.languages.CompletionItem, 'insertText' | 'insertTextRules'> {
  return {
    insertText: nested ? `${key}:\n${' '.repeat(indent + 2)}` : `${key}: `,
    insertTextRules: monaco.languages.CompletionItemInsertTextRule.KeepWhitespace,
  }
}

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
