/** Markdown help for one catalogue field (hover and completion details). Pure. */
import type { LocalizedText } from '../../src/model/types'
import type { Lang } from '../state/types'

/** The part of the model's FieldInfo that help text reads. */
export interface FieldHelpInfo {
  readonly kind: string
  readonly description: LocalizedText
  readonly default?: unknown
  readonly enum?: readonly string[]
  readonly since?: { readonly milvus?: string; readonly operator?: string }
}

export interface FieldHelpText {
  readonly lang: Lang
  describeDefault(value: string): string
  describeEnum(values: string): string
  describeSince(version: string): string
  describeOperatorSince(version: string): string
}

/** Escapes characters Markdown would treat as markup. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!<>|]/g, (c) => `\\${c}`)
}

function code(value: string): string {
  return '`' + value.replace(/`/g, "'") + '`'
}

/** `**key**` (kind), the description in the UI language, then default, allowed values and versions. */
export function fieldHelpMarkdown(key: string, info: FieldHelpInfo, text: FieldHelpText): string {
  const parts = [
    `**${escapeMarkdown(key)}** (${escapeMarkdown(info.kind)})`,
    escapeMarkdown(info.description[text.lang]),
  ]
  if (info.default !== undefined)
    parts.push(text.describeDefault(code(JSON.stringify(info.default))))
  if (info.enum && info.enum.length > 0) {
    // An empty string in an enum means "leave it empty"; show it as "" rather than an empty code span.
    parts.push(text.describeEnum(info.enum.map((v) => code(v === '' ? '""' : v)).join(', ')))
  }
  if (info.since?.milvus) parts.push(text.describeSince(escapeMarkdown(info.since.milvus)))
  if (info.since?.operator)
    parts.push(text.describeOperatorSince(escapeMarkdown(info.since.operator)))
  return parts.join('\n\n')
}
