/**
 * What the Monaco editor asks the engine besides the store's state: the JSON Schema monaco-yaml
 * validates against, and where a path sits in the text. Imported by the lazy editor chunk only.
 */
import { buildJsonSchema } from '../../src/model'
import type { SpecPath } from '../../src/model/types'
import { parseYaml } from '../../src/yaml'
import type { Range } from '../../src/yaml/types'
import type { Lang } from './types'

/** The resource's JSON Schema with descriptions in `lang`. */
export function editorJsonSchema(lang: Lang): unknown {
  return buildJsonSchema(lang)
}

/** The range of `path` (or its nearest existing ancestor) in document `index` of `source`. */
export function rangeOfPath(source: string, index: number, path: SpecPath): Range | undefined {
  try {
    return parseYaml(source).documents[index]?.rangeOf(path)?.range
  } catch {
    return undefined
  }
}
