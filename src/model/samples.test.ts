/**
 * Every operator sample normalizes cleanly (no issue, nothing lost) and the model's effective
 * values are sensible for it. Skips when ../shared is absent.
 */
import { parseAllDocuments } from 'yaml'
import { describe, expect, it } from 'vitest'
import { HAS_SHARED, SKIP_REASON, listSamples, readSample } from '../test/sharedReference'
import { effectiveMsgStreamType, componentsCreated, effectiveMode } from './effective'
import { liftToV1beta1 } from './lift'
import { normalize } from './normalize'

function milvusDocs(file: string): unknown[] {
  return parseAllDocuments(readSample(file))
    .map((d) => d.toJS() as unknown)
    .filter(
      (d) => typeof d === 'object' && d !== null && (d as { kind?: unknown }).kind === 'Milvus',
    )
}

describe.skipIf(!HAS_SHARED)('operator samples through the model', () => {
  it.each(HAS_SHARED ? listSamples() : [])('%s normalizes without issues', (file) => {
    for (const doc of milvusDocs(file)) {
      const lifted = liftToV1beta1(doc)
      const { resource, issues } = normalize(lifted.value)
      expect(issues).toEqual([])
      expect(resource).toMatchObject(lifted.value as Record<string, unknown>)
      expect(['standalone', 'cluster']).toContain(effectiveMode(resource))
      expect(componentsCreated(resource).length).toBeGreaterThan(0)
      expect(effectiveMsgStreamType(resource)).toMatch(/^[a-z]+$/)
    }
  })

  it('reads the message stream of the message-storage samples as the operator would', () => {
    const stream = (file: string): string => {
      const doc = milvusDocs(file)[0]
      return effectiveMsgStreamType(normalize(liftToV1beta1(doc).value).resource)
    }
    expect(stream('milvus_kafka.yaml')).toBe('kafka')
    expect(stream('milvus_natsmq.yaml')).toBe('natsmq')
    expect(stream('milvus_rocksmq.yaml')).toBe('rocksmq')
    expect(stream('milvus_default.yaml')).toBe('woodpecker')
    expect(stream('milvus_cluster_default.yaml')).toBe('pulsar')
  })
})

describe.skipIf(HAS_SHARED)('operator samples through the model (reference absent)', () => {
  it.skip(SKIP_REASON, () => {})
})
