import { describe, expect, it } from 'vitest'
import { deriveDocument } from '../../src/derive'
import { PRESETS } from '../../src/presets'
import { onDeriveRequest } from './derive.worker'
import type { DeriveResult } from './deriveWork'

/** What crosses the worker boundary: a structured clone, as postMessage makes it. */
function throughWorker(
  source: string,
  baseline: DeriveResult['derived']['resource'] | null = null,
): DeriveResult {
  let answer: DeriveResult | undefined
  onDeriveRequest(
    structuredClone({ version: 7, source, baseline }),
    (r) => (answer = structuredClone(r)),
  )
  if (!answer) throw new Error('the worker handler did not answer')
  return answer
}

describe('the derive worker', () => {
  it.each(PRESETS.map((p) => [p.id, p.yaml] as const))(
    "gives the main thread's findings for preset %s",
    (_id, yaml) => {
      const result = throughWorker(yaml)
      const main = deriveDocument(yaml)
      expect(result.version).toBe(7)
      expect(result.derived.findings).toEqual(main.findings)
      expect(result.derived.resource).toEqual(main.resource)
      expect(result.derived.ok).toBe(main.ok)
      expect(result.withoutBaseline).toEqual(main.findings)
    },
  )

  it('computes the findings with and without a baseline', () => {
    const running = PRESETS.find((p) => /kafka/.test(p.id))
    const edited = PRESETS.find((p) => /pulsar/.test(p.id))
    if (!running || !edited) throw new Error('presets changed')
    const baseline = deriveDocument(running.yaml).resource ?? null
    const result = throughWorker(edited.yaml, baseline)
    expect(result.derived.findings).toEqual(
      deriveDocument(edited.yaml, baseline ? { baseline } : {}).findings,
    )
    expect(result.withoutBaseline).toEqual(deriveDocument(edited.yaml).findings)
  })
})
