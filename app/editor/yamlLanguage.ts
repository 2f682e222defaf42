/**
 * Hover documentation and key/value completion for the manifest, from the engine's field
 * catalogue (`lookupField`, `childKeys`). Registered once for the 'yaml' language.
 */
import type * as Monaco from 'monaco-editor/editor'
import { keyInsertion, typingAt, type ProvideCompletion } from './typingAt'
import { childKeys, lookupField } from '../state/engine'
import type { SpecPath } from '../../src/model/types'
import { useStudioStore } from '../state/store'
import { format } from '../i18n'
import { editorMessages } from './editorMessages'
import { keyAtLine, parentPathAt } from './yamlOutline'
import { fieldHelpMarkdown, type FieldHelpText } from './fieldHelp'
import { settingHover } from './settingHelp'

type MonacoApi = typeof Monaco

const NESTED_KINDS = new Set(['object', 'map', 'array', 'free-form'])

function helpText(): FieldHelpText {
  const lang = useStudioStore.getState().lang
  const m = editorMessages[lang]
  return {
    lang,
    describeDefault: (v) => format(m.hoverDefault, { value: v }),
    describeEnum: (v) => format(m.hoverEnum, { values: v }),
    describeSince: (v) => format(m.hoverSince, { version: v }),
    describeOperatorSince: (v) => format(m.hoverOperatorSince, { version: v }),
  }
}

function provideHover(
  model: Monaco.editor.ITextModel,
  position: Monaco.Position,
): Monaco.languages.Hover | null {
  const lines = model.getLinesContent()
  const key = keyAtLine(lines, position.lineNumber)
  if (!key || position.column < key.keyStart) return null
  const info = lookupField(key.path)
  const value = info ? fieldHelpMarkdown(key.key, info, helpText()) : settingHover(key.path)
  if (!value) return null
  return {
    contents: [{ value }],
    range: {
      startLineNumber: position.lineNumber,
      startColumn: key.keyStart,
      endLineNumber: position.lineNumber,
      endColumn: model.getLineMaxColumn(position.lineNumber),
    },
  }
}

function keySuggestions(
  monaco: MonacoApi,
  parent: SpecPath,
  range: Monaco.IRange,
  indent: number,
): Monaco.languages.CompletionItem[] {
  const keys = childKeys(parent)
  if (!Array.isArray(keys)) return []
  const text = helpText()
  return keys.map((k: string) => {
    const info = lookupField([...parent, k])
    const nested = !!info && NESTED_KINDS.has(info.kind) && info.kind !== 'array'
    return {
      label: k,
      kind: monaco.languages.CompletionItemKind.Property,
      ...keyInsertion(monaco, k, nested, indent),
      documentation: info ? { value: fieldHelpMarkdown(k, info, text) } : '',
      range,
    }
  })
}

function valueSuggestions(
  monaco: MonacoApi,
  path: SpecPath,
  range: Monaco.IRange,
): Monaco.languages.CompletionItem[] {
  const info = lookupField(path)
  if (!info) return []
  const values: readonly string[] = info.enum ?? (info.kind === 'boolean' ? ['true', 'false'] : [])
  return values.map((v) => ({
    label: v,
    kind: monaco.languages.CompletionItemKind.EnumMember,
    insertText: v,
    range,
    ...(info.default !== undefined && String(info.default) === v ? { detail: 'default' } : {}),
  }))
}

const provideCompletion: ProvideCompletion = (monaco, model, position) => {
  const { before, range } = typingAt(model, position)
  const lines = model.getLinesContent()
  const keyTyping = /^(\s*)(- )?([\w.-]*)$/.exec(before)
  if (keyTyping) {
    const column = (keyTyping[1]?.length ?? 0) + (keyTyping[2] ? 2 : 0) + 1
    const parent = parentPathAt(lines, position.lineNumber, column, !!keyTyping[2])
    return { suggestions: keySuggestions(monaco, parent, range, column - 1) }
  }
  const valueTyping = /^(\s*)(- )?([^:#\s][^:#]*):\s+[^\s#]*$/.exec(before)
  if (valueTyping) {
    const key = keyAtLine(lines, position.lineNumber)
    if (key) return { suggestions: valueSuggestions(monaco, key.path, range) }
  }
  return { suggestions: [] }
}

/**
 * Registers hover (always) and, when monaco-yaml is not providing it, completion for 'yaml';
 * returns the disposables. The hover is ours even with monaco-yaml: it speaks the UI language
 * and shows defaults and since-versions from the catalogue.
 */
export function registerYamlLanguageHelp(
  monaco: MonacoApi,
  options: { completion: boolean } = { completion: true },
): Monaco.IDisposable[] {
  const hover = monaco.languages.registerHoverProvider('yaml', {
    provideHover: (model, position) => provideHover(model, position),
  })
  if (!options.completion) return [hover]
  return [
    hover,
    monaco.languages.registerCompletionItemProvider('yaml', {
      triggerCharacters: [' ', ':'],
      provideCompletionItems: (model, position) => provideCompletion(monaco, model, position),
    }),
  ]
}
