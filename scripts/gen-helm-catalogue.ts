/**
 * Writes src/import/generated/helmChart.ts from ../shared/reference/helm/values.yaml
 * (`npx tsx scripts/gen-helm-catalogue.ts`). The chart and app versions are those of the values
 * file's commit (milvus-helm tag milvus-5.0.19, Chart.yaml appVersion 2.6.15).
 */
import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { renderHelmCatalogue } from '../src/import/helmCatalogueRender'

export const CHART_VERSION = '5.0.19'
export const APP_VERSION = '2.6.15'

const text = readFileSync(
  new URL('../../shared/reference/helm/values.yaml', import.meta.url),
  'utf8',
)
const sha = createHash('sha256').update(text).digest('hex')
writeFileSync(
  new URL('../src/import/generated/helmChart.ts', import.meta.url),
  renderHelmCatalogue(text, sha, CHART_VERSION, APP_VERSION),
)
