/**
 * The unknown-key rules suggest through prepared suggesters (model/didYouMean.ts: length buckets,
 * a letter-count bound, a banded distance table). Every derive must give exactly the findings the
 * plain search gives: here the whole engine runs twice, once with suggesters replaced by the
 * plain search, over the presets, the operator samples, the benchmark documents and generated
 * resources full of misspelt keys.
 */
import fc from 'fast-check'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { makeDocument } from '../../bench/generate'
import { PRESETS } from '../presets'
import type * as DidYouMean from '../model/didYouMean'
import { plainSuggester } from '../test/plainDidYouMean'
import { HAS_SHARED, listSamples, readSample } from '../test/sharedReference'
import { deriveDocument } from './deriveDocument'

type Derive = typeof deriveDocument
let plainDerive: Derive

// A second copy of the engine is loaded for the plain search: on a busy machine that takes a while.
beforeAll(async () => {
  vi.resetModules()
  vi.doMock('../model/didYouMean', async (importOriginal) => {
    const original = await importOriginal<typeof DidYouMean>()
    return { ...original, createSuggester: plainSuggester }
  })
  plainDerive = (await import('./deriveDocument')).deriveDocument
  vi.doUnmock('../model/didYouMean')
}, 60_000)

function expectSameFindings(text: string): void {
  const fast = deriveDocument(text)
  const plain = plainDerive(text)
  expect(fast.findings).toEqual(plain.findings)
}

/** Keys people write, and milvus.yaml sections, to misspell. */
const WORDS = [
  'replicaCount',
  'resources',
  'persistence',
  'storageClass',
  'image',
  'auth',
  'autoCompactionMode',
  'extraEnvVars',
  'metrics',
  'tolerations',
  'common',
  'proxy',
  'queryNode',
  'dataCoord',
  'log',
  'level',
  'security',
  'authorizationEnabled',
  'minio',
  'bucketName',
]

const misspelt = fc
  .tuple(
    fc.constantFrom(...WORDS),
    fc.nat({ max: 40 }),
    fc.nat({ max: 4 }),
    fc.string({ maxLength: 3 }),
  )
  .map(([word, at, how, extra]) => {
    const i = at % word.length
    if (how === 0) return word.slice(0, i) + word.slice(i + 1)
    if (how === 1)
      return word.slice(0, i) + (word[i + 1] ?? '') + (word[i] ?? '') + word.slice(i + 2)
    if (how === 2) return `${word}${extra}`
    if (how === 3) return word.toLowerCase()
    return `${extra}${word.slice(i)}`.replace(/[^A-Za-z0-9]/g, 'x') || 'x'
  })

/** A cluster resource whose config and etcd, minio and pulsar values hold the given keys. */
function resourceWith(configKeys: readonly string[], valueKeys: readonly string[]): string {
  const lines = [
    'apiVersion: milvus.io/v1beta1',
    'kind: Milvus',
    'metadata:',
    '  name: generated',
    'spec:',
    '  mode: cluster',
    '  dependencies:',
  ]
  for (const dep of ['etcd', 'storage', 'pulsar']) {
    lines.push(`    ${dep}:`, '      inCluster:', '        values:')
    valueKeys.forEach((k, i) => lines.push(`          ${JSON.stringify(k)}: ${i}`))
    if (valueKeys.length === 0) lines.push('          replicaCount: 1')
  }
  lines.push('  config:')
  configKeys.forEach((k, i) =>
    lines.push(
      i % 2 === 0 ? `    ${JSON.stringify(k)}: ${i}` : `    common:\n      ${JSON.stringify(k)}: x`,
    ),
  )
  if (configKeys.length === 0) lines.push('    log: {}')
  return `${lines.join('\n')}\n`
}

describe('findings with prepared suggesters equal those of the plain search', () => {
  it.each(PRESETS.map((p) => [p.id, p.yaml] as const))('preset %s', (_id, text) => {
    expectSameFindings(text)
  })

  it.skipIf(!HAS_SHARED).each(HAS_SHARED ? listSamples() : [])('operator sample %s', (rel) => {
    expectSameFindings(readSample(rel))
  })

  it.each([50, 500, 5000])('benchmark document of %i lines', (size) => {
    expectSameFindings(makeDocument(size))
  })

  it('generated resources full of misspelt keys (seed 1616)', () => {
    fc.assert(
      fc.property(
        fc.array(misspelt, { maxLength: 12 }),
        fc.array(misspelt, { maxLength: 12 }),
        (configKeys, valueKeys) => {
          expectSameFindings(resourceWith(configKeys, valueKeys))
        },
      ),
      { seed: 1616, numRuns: 150 },
    )
  })
})
