/**
 * The form's store choice and the rules ask the same model functions, so they agree: a store the
 * model marks unavailable for the mode and the Milvus the pods run gets an error from a rule, and
 * an available one gets none.
 */
import { describe, expect, it } from 'vitest'
import { deriveDocument } from '../derive'
import {
  allowedStores,
  runningMilvusVersion,
  storeAvailability,
  type MilvusResource,
  type MsgStreamType,
} from '../model'
import { findPreset } from '../presets'
import { applyPatches } from '../yaml'
import { aCluster, aStandalone } from '../test/builders'
import { ALL_RULES, ruleContext, runRules } from './index'

const STORES: readonly MsgStreamType[] = ['rocksmq', 'natsmq', 'woodpecker', 'pulsar', 'kafka']
const IMAGES = ['v2.2.16', 'v2.5.16', 'v2.6.11']

function variants(): [string, MilvusResource][] {
  const out: [string, MilvusResource][] = []
  for (const tag of IMAGES) {
    const image = `milvusdb/milvus:${tag}`
    out.push([`standalone, global image ${tag}`, aStandalone({ components: { image } })])
    out.push([
      `standalone, own pod image ${tag}`,
      aStandalone({ components: { standalone: { image } } }),
    ])
    out.push([`cluster, global image ${tag}`, aCluster({ components: { image } })])
  }
  return out
}

function storeErrors(r: MilvusResource): string[] {
  return runRules(ruleContext(r), ALL_RULES)
    .filter((f) => f.severity === 'error' && f.path.join('.') === 'spec.dependencies.msgStreamType')
    .map((f) => f.rule)
}

describe('store availability: form and rules agree', () => {
  const cases = variants().flatMap(([name, r]) => STORES.map((store) => [name, store, r] as const))
  it.each(cases)('%s with %s', (_name, store, base) => {
    const r = structuredClone(base)
    r.spec.dependencies = { ...r.spec.dependencies, msgStreamType: store }
    const available = storeAvailability(r, store).ok
    expect(storeErrors(r).length > 0).toBe(!available)
  })

  it('a standalone pod image v2.5.16 rules out Woodpecker in the form and in the rules', () => {
    const r = aStandalone({
      components: { standalone: { image: 'milvusdb/milvus:v2.5.16' } },
      dependencies: { msgStreamType: 'woodpecker' },
    })
    expect(storeAvailability(r, 'woodpecker').ok).toBe(false)
    expect(storeErrors(r)).toContain('woodpecker-needs-milvus-2-6')
  })
})

describe('the docs NATS example (v1alpha1) after "Pin Milvus v2.5.16"', () => {
  it('reads the pinned version where the rules read it, so the form offers NATS', () => {
    const yaml = findPreset('original-natsmq')?.yaml ?? ''
    const pin = deriveDocument(yaml).findings.find(
      (f) => f.rule === 'natsmq-removed-in-milvus-2-6',
    )?.fix
    expect(pin?.patches.map((p) => p.path.join('.'))).toEqual(['spec.image'])
    const after = deriveDocument(applyPatches(yaml, pin?.patches ?? []))
    const r = after.resource as MilvusResource
    expect(runningMilvusVersion(r)?.raw).toBe('v2.5.16')
    expect(allowedStores(r, STORES)).toContain('natsmq')
    expect(after.findings.map((f) => f.rule)).not.toContain('natsmq-removed-in-milvus-2-6')
  })
})
