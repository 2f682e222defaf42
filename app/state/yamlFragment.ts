/**
 * Reading and writing one YAML value typed into a form box (volumes, affinity), with the engine's
 * own parser and serializer, so the box accepts exactly what the editor accepts.
 */
import type { LocalizedText } from '../../src/model'
import { parseYaml, serializeYaml } from '../../src/yaml'

export type FragmentRead =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly line: number; readonly message: LocalizedText }

/** The value of `text` (undefined when it is blank), or the first syntax problem. */
export function readYamlFragment(text: string): FragmentRead {
  if (text.trim() === '') return { ok: true, value: undefined }
  const stream = parseYaml(text)
  const doc = stream.documents[0]
  const problem = stream.errors[0] ?? doc?.errors[0]
  if (problem) {
    const message = { en: problem.message, ko: problem.messageKo ?? problem.message }
    return { ok: false, line: problem.range.start.line, message }
  }
  return { ok: true, value: doc?.value }
}

/** The text a box shows for a stored value ('' when there is none). */
export function writeYamlFragment(value: unknown): string {
  return value === undefined || value === null ? '' : serializeYaml(value)
}
