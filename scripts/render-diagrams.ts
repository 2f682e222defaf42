/**
 * Renders the deployment diagrams shown in the README from presets, with theme 'auto' so that each
 * follows the reader's light or dark colour scheme. Run: npx tsx scripts/render-diagrams.ts
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { deriveDocument } from '../src/derive'
import { renderDeploymentSvg, toDeploymentModel } from '../src/export'
import { BLANK_ENTRY, DOCS_ENTRIES, SAMPLE_ENTRIES } from '../src/presets/catalog'

const DIAGRAMS: readonly { readonly file: string; readonly preset: string }[] = [
  { file: 'cluster-kafka-external.svg', preset: 'docs-kafka-external' },
  { file: 'cluster-pulsar-incluster.svg', preset: 'docs-pulsar-internal' },
  { file: 'standalone-rocksmq.svg', preset: 'docs-rocksmq' },
  { file: 'cluster-woodpecker.svg', preset: 'sample-cluster-woodpecker' },
]

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const outDir = join(root, 'docs', 'diagrams')
const ENTRIES = [BLANK_ENTRY, ...DOCS_ENTRIES.flat(), ...SAMPLE_ENTRIES]

/** The preset's YAML, read from its file (tsx does not load `?raw` imports). */
function presetText(id: string): string | undefined {
  const entry = ENTRIES.find((e) => e.id === id)
  return entry && readFileSync(join(root, 'src', 'presets', entry.file), 'utf8')
}
mkdirSync(outDir, { recursive: true })
for (const { file, preset } of DIAGRAMS) {
  const text = presetText(preset)
  if (text === undefined) throw new Error(`preset ${preset} not found`)
  const resource = deriveDocument(text).resource
  if (!resource) throw new Error(`preset ${preset} has no Milvus resource`)
  const svg = renderDeploymentSvg(toDeploymentModel(resource), { lang: 'en', theme: 'auto', idPrefix: file.replace(/\.svg$/, '') })
  writeFileSync(join(outDir, file), `${svg}\n`)
  console.log(`wrote docs/diagrams/${file} (${svg.length} bytes)`)
}
