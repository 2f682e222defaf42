/**
 * Loads the bundled Monaco (never a CDN) for @monaco-editor/react, with its editor worker and
 * monaco-yaml's worker built by Vite (`?worker`). Imported only by the lazy editor chunks, so none
 * of this is in the first-load bundle.
 *
 * monaco-yaml gets the engine's JSON Schema (in the UI language, no schema requests) for completion
 * and schema validation; hover stays ours (yamlLanguage.ts: bilingual, with defaults and versions).
 * Its worker imports `monaco-editor/esm/vs/...`, which vite.config.ts aliases onto monaco-editor's
 * `exports` map.
 */
import * as monaco from 'monaco-editor/editor'
import 'monaco-editor/features/register.all'
import 'monaco-editor/languages/definitions/yaml/register'
import EditorWorker from 'monaco-editor/editor/editor.worker?worker'
import YamlWorker from 'monaco-yaml/yaml.worker?worker'
import { configureMonacoYaml, type JSONSchema, type SchemasSettings } from 'monaco-yaml'
import { loader } from '@monaco-editor/react'
import { editorJsonSchema } from '../state/editorSupport'
import { useStudioStore } from '../state/store'
import type { Lang } from '../state/types'
import { registerSettingCompletion } from './settingHelp'
import { registerYamlLanguageHelp } from './yamlLanguage'

export type MonacoApi = typeof monaco

interface WorkerEnvironment {
  getWorker(workerId: string, label: string): Worker
}

let configured = false

/** Idempotent: points the React wrapper at the bundled Monaco and registers the studio's providers. */
export function setupMonaco(): MonacoApi {
  if (configured) return monaco
  configured = true
  const env: WorkerEnvironment = {
    getWorker: (_workerId, label) => (label === 'yaml' ? new YamlWorker() : new EditorWorker()),
  }
  ;(self as unknown as { MonacoEnvironment: WorkerEnvironment }).MonacoEnvironment = env
  loader.config({ monaco })
  const schemas = (lang: Lang): SchemasSettings[] => [
    {
      uri: 'inmemory://milvus-studio/milvus.schema.json',
      fileMatch: ['*'],
      schema: editorJsonSchema(lang) as JSONSchema,
    },
  ]
  let lang = useStudioStore.getState().lang
  const yaml = configureMonacoYaml(monaco, {
    enableSchemaRequest: false,
    completion: true,
    hover: false,
    validate: true,
    schemas: schemas(lang),
  })
  useStudioStore.subscribe((s) => {
    if (s.lang === lang) return
    lang = s.lang
    void yaml.update({ schemas: schemas(lang) })
  })
  registerYamlLanguageHelp(monaco, { completion: false })
  registerSettingCompletion(monaco)
  return monaco
}
