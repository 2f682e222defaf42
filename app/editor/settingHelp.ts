/**
 * Hover text and completion items for keys under spec.config and inCluster.values, from the
 * generated catalogues (milvus.yaml, the chart chartVersion selects). Registered next to the
 * field-catalogue help in yamlLanguage.ts; loaded with the editor chunk only.
 */
import type * as Monaco from 'monaco-editor/editor'
import { keyInsertion, typingAt, type ProvideCompletion } from './typingAt'
import { settingAt, settingChildren, type SettingInfo } from '../state/milvusSettings.chunk'
import type { SpecPath } from '../../src/model/types'
import { format } from '../i18n'
import { selectResource } from '../state/selectors'
import { useStudioStore } from '../state/store'
import { escapeMarkdown } from './fieldHelp'
import { settingMessages } from '../common/settingMessages'
import { parentPathAt } from './yamlOutline'

type MonacoApi = typeof Monaco
type Words = (typeof settingMessages)['en']

function words(): Words {
  return settingMessages[useStudioStore.getState().lang]
}

/** The type word of a catalogue type code. */
export function settingTypeLabel(type: string, w: Words): string {
  const key = `type_${type}` as keyof Words
  return key in w ? w[key] : type
}

/** `**key** (type)`, where it comes from, its default and links. Pure given the words. */
export function settingMarkdown(info: SettingInfo, w: Words): string {
  const parts = [
    `**${escapeMarkdown(info.key)}** (${escapeMarkdown(settingTypeLabel(info.entry.type, w))})`,
  ]
  parts.push(
    info.catalogue === 'milvus.yaml'
      ? w.fromMilvusYaml
      : format(w.fromChart, { chart: info.catalogue.replace(/-(\d)/, ' $1') }),
  )
  if (info.entry.default !== undefined)
    parts.push(
      format(w.defaultIs, {
        value: '`' + JSON.stringify(info.entry.default).replace(/`/g, "'") + '`',
      }),
    )
  if (info.entry.commented) parts.push(w.commented)
  const [docs, line] = info.links
  const links = [
    docs ? `[${w.docsLink}](${docs})` : '',
    line ? `[${format(w.lineLink, { line: info.entry.line ?? '' })}](${line})` : '',
  ]
  if (links.some(Boolean)) parts.push(links.filter(Boolean).join(' · '))
  return parts.join('\n\n')
}

/** Hover markdown for the key at `path`, or undefined outside catalogued areas. */
export function settingHover(path: SpecPath): string | undefined {
  const info = settingAt(path, selectResource(useStudioStore.getState()))
  return info ? settingMarkdown(info, words()) : undefined
}

const provideCompletion: ProvideCompletion = (monaco, model, position) => {
  const { before, range } = typingAt(model, position)
  const typing = /^(\s*)([\w.-]*)$/.exec(before)
  if (!typing) return { suggestions: [] }
  const indent = typing[1]?.length ?? 0
  const parent = parentPathAt(model.getLinesContent(), position.lineNumber, indent + 1, false)
  const infos = settingChildren(parent, selectResource(useStudioStore.getState()))
  const w = words()
  return {
    suggestions: infos.map((info) => ({
      label: info.key,
      kind:
        info.entry.type === 'o'
          ? monaco.languages.CompletionItemKind.Module
          : monaco.languages.CompletionItemKind.Property,
      detail: settingTypeLabel(info.entry.type, w),
      ...keyInsertion(monaco, info.key, info.entry.type === 'o', indent),
      documentation: { value: settingMarkdown(info, w) },
      range,
    })),
  }
}

/** Completion for catalogued keys; monaco-yaml's schema completion knows nothing below free-form fields. */
export function registerSettingCompletion(monaco: MonacoApi): Monaco.IDisposable {
  return monaco.languages.registerCompletionItemProvider('yaml', {
    provideCompletionItems: (model, position) => provideCompletion(monaco, model, position),
  })
}
