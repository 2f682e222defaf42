/**
 * "Wrap into a full resource": turns the first fragment of a text (a part of a Milvus resource
 * without apiVersion/kind) into a whole Milvus resource by indenting its lines under the path it
 * was placed at. Lines are moved, never rewritten, so comments and formatting survive. Pure.
 */
import { parseYaml } from '../yaml/parseYaml'
import { deriveWithRules } from './deriveWith'

const DEFAULT_NAME = 'my-milvus'
/** Where a fragment is placed does not depend on the rules: none run. */
const NO_RULES = [] as const

/** The text with its first fragment wrapped, or undefined when there is no fragment. */
export function wrapFragment(source: string): string | undefined {
  const derived = deriveWithRules(source, NO_RULES)
  const fragment = derived.documents.find((d) => d.fragment)
  const doc = fragment ? parseYaml(source).documents[fragment.index] : undefined
  if (!fragment?.fragment || !doc) return undefined
  const at = fragment.fragment.at.map(String)
  const start = doc.range.start.offset
  const end = doc.range.end.offset
  const body = source.slice(start, end)
  const head = ['apiVersion: milvus.io/v1beta1', 'kind: Milvus']
  if (at.length > 0)
    head.push(
      'metadata:',
      `  name: ${DEFAULT_NAME}`,
      ...at.map((key, i) => `${'  '.repeat(i)}${key}:`),
    )
  const pad = '  '.repeat(at.length)
  const moved = body
    .split('\n')
    .map((line) => (line.trim() === '' ? line : pad + line))
    .join('\n')
  return `${source.slice(0, start)}${head.join('\n')}\n${moved}${source.slice(end)}`
}
