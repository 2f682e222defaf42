/**
 * Renders the deployment diagrams shown in the README from presets, with theme 'auto' so that each
 * follows the reader's light or dark colour scheme. Run: npx tsx scripts/render-diagrams.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { deriveDocument } from '../src/derive'
import { renderDeploymentSvg, toDeploymentModel } from '../src/export'
import { readPresets } from './presetFiles'

const DIAGRAMS: readonly { readonly file: string; readonly preset: string }[] = [
  { file: 'cluster-kafka-external.svg', preset: 'docs-kafka-external' },
  { file: 'cluster-pulsar-incluster.svg', preset: 'docs-pulsar-internal' },
  { file: 'standalone-rocksmq.svg', preset: 'docs-rocksmq' },
  { file: 'cluster-woodpecker.svg', preset: 'sample-cluster-woodpecker' },
]

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const outDir = join(root, 'docs', 'diagrams')
const PRESETS = readPresets()

function presetText(id: string): string | undefined {
  return PRESETS.find((p) => p.id === id)?.yaml
}
mkdirSync(outDir, { recursive: true })
for (const { file, preset } of DIAGRAMS) {
  const text = presetText(preset)
  if (text === undefined) throw new Error(`preset ${preset} not found`)
  const resource = deriveDocument(text).resource
  if (!resource) throw new Error(`preset ${preset} has no Milvus resource`)
  const svg = renderDeploymentSvg(toDeploymentModel(resource), {
    lang: 'en',
    theme: 'auto',
    idPrefix: file.replace(/\.svg$/, ''),
  })
  writeFileSync(join(outDir, file), `${svg}\n`)
  console.log(`wrote docs/diagrams/${file} (${svg.length} bytes)`)
}
