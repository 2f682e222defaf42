import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { HAS_SHARED, SKIP_REASON, readReference } from '../test/sharedReference'
import {
  HELM_APP_VERSION,
  HELM_CHART_VERSION,
  HELM_DEFAULTS,
  HELM_VALUES_SHA256,
} from './generated/helmChart'
import { renderHelmCatalogue } from './helmCatalogueRender'

describe('generated/helmChart.ts', () => {
  it.skipIf(!HAS_SHARED)(
    `matches ../shared/reference/helm/values.yaml (npx tsx scripts/gen-helm-catalogue.ts) ${HAS_SHARED ? '' : SKIP_REASON}`,
    () => {
      const text = readReference('helm/values.yaml')
      const sha = createHash('sha256').update(text).digest('hex')
      expect(sha).toBe(HELM_VALUES_SHA256)
      const committed = readFileSync(new URL('./generated/helmChart.ts', import.meta.url), 'utf8')
      expect(committed).toBe(renderHelmCatalogue(text, sha, HELM_CHART_VERSION, HELM_APP_VERSION))
    },
  )

  it('holds the defaults the import reads', () => {
    expect(HELM_DEFAULTS['cluster.enabled']).toBe(true)
    expect(HELM_DEFAULTS['pulsarv3.enabled']).toBe(true)
    expect(HELM_DEFAULTS['pulsar.enabled']).toBe(false)
    expect(HELM_DEFAULTS['standalone.messageQueue']).toBe('woodpecker')
    expect(HELM_DEFAULTS['externalKafka.securityProtocol']).toBe('SASL_SSL')
    expect(HELM_DEFAULTS['image.all.tag']).toBe(`v${HELM_APP_VERSION}`)
  })
})
