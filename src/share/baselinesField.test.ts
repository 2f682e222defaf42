import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { stringify } from 'yaml'
import { decodeShareLink, encodeShareLink } from './codec'
import linksV1 from './fixtures/linksV1.json'
import linksV2 from './fixtures/linksV2.json'
import { redactSecrets } from './redact'
import type { SharedBaselines } from './baselinesField'

const CONFIG = `apiVersion: milvus.io/v1beta1
kind: Milvus
metadata:
  name: demo
spec:
  mode: standalone
  dependencies:
    msgStreamType: woodpecker
`

const PROD = `# what runs in prod
apiVersion: milvus.io/v1beta1
kind: Milvus
metadata:
  name: demo
spec:
  dependencies:
    msgStreamType: kafka
  config:
    kafka:
      saslPassword: prod-only-password
`

const BASELINES: SharedBaselines = {
  items: [
    { name: 'prod', source: PROD },
    { name: 'dev', source: CONFIG },
  ],
  active: 'prod',
}

describe('share links with baselines', () => {
  it('leaves a link without baselines byte for byte as links issued before (s2 fixtures)', async () => {
    for (const { text, fragment } of linksV2) {
      expect(fragment.startsWith('#s2.')).toBe(true)
      expect(await decodeShareLink(fragment)).toEqual({ ok: true, source: text, version: 2 })
      for (const baselines of [undefined, { items: [], active: null }]) {
        const again = await encodeShareLink(text, {
          includeSecrets: true,
          ...(baselines ? { baselines } : {}),
        })
        expect(again.fragment).toBe(fragment)
      }
    }
  })

  it('still opens every s1 link, and refuses a baselines field after an s1 checksum', async () => {
    for (const { text, fragment } of linksV1)
      expect(await decodeShareLink(fragment)).toEqual({ ok: true, source: text, version: 1 })
    const last = linksV1[linksV1.length - 1]?.fragment ?? ''
    const decoded = await decodeShareLink(`${last}.b1.AwA.AAAAAA`)
    expect(!decoded.ok && decoded.code).toBe('corrupt')
  })

  it('carries the baselines and the one compared against; secrets leave them unless included', async () => {
    const hidden = await encodeShareLink(CONFIG, { includeSecrets: false, baselines: BASELINES })
    expect(hidden.fragment).toMatch(/^#s2\.[\w-]+\.[\w-]{6}\.b1\.[\w-]+\.[\w-]{6}$/)
    expect(hidden.fragment).not.toContain('prod-only-password')
    expect(hidden.removed).toEqual([
      {
        document: 0,
        path: 'spec.config.kafka.saslPassword',
        key: 'saslPassword',
        baseline: 'prod',
      },
    ])
    const decoded = await decodeShareLink(hidden.fragment)
    expect(decoded).toEqual({
      ok: true,
      source: CONFIG,
      version: 2,
      baselines: {
        items: [
          { name: 'prod', source: PROD.replace('prod-only-password', '<redacted>') },
          { name: 'dev', source: CONFIG },
        ],
        active: 'prod',
      },
    })
    const kept = await encodeShareLink(CONFIG, { includeSecrets: true, baselines: BASELINES })
    const open = await decodeShareLink(kept.fragment)
    expect(open.ok && open.baselines).toEqual(BASELINES)
  })

  it.each([
    ['cut inside the baselines data', (f: string) => f.slice(0, f.lastIndexOf('.') - 3), 'cut off'],
    ['cut inside the baselines checksum', (f: string) => f.slice(0, -2), 'cut off'],
    ['cut right after the config', (f: string) => f.slice(0, f.indexOf('.b1.') + 1), 'cut off'],
    [
      'a character changed in the baselines',
      (f: string) => flipAt(f, f.indexOf('.b1.') + 6),
      'damaged',
    ],
    ['a future baselines field', (f: string) => f.replace('.b1.', '.b7.'), 'newer studio'],
  ] as const)(
    '%s: opens the config and says what is wrong with the baselines',
    async (_n, tamper, says) => {
      const { fragment } = await encodeShareLink(CONFIG, {
        includeSecrets: true,
        baselines: BASELINES,
      })
      const decoded = await decodeShareLink(tamper(fragment))
      expect(decoded.ok).toBe(true)
      if (!decoded.ok) return
      expect(decoded.source).toBe(CONFIG)
      expect(decoded.baselines).toBeUndefined()
      expect(decoded.baselinesError?.en).toContain(says)
      expect(decoded.baselinesError?.ko).toMatch(/[가-힣]/)
    },
  )

  const named = fc.stringMatching(/^[a-z][a-z0-9-]{0,11}$/)
  const resource = fc
    .record({
      name: named,
      store: fc.constantFrom('kafka', 'pulsar', 'woodpecker', 'rocksmq'),
      password: fc.option(fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{7,20}$/), { nil: undefined }),
      comment: fc.string({ maxLength: 30 }).map((c) => c.replace(/[\r\n]/g, ' ')),
    })
    .map(({ name, store, password, comment }) => ({
      password,
      text:
        `# ${comment}\n` +
        stringify({
          apiVersion: 'milvus.io/v1beta1',
          kind: 'Milvus',
          metadata: { name },
          spec: {
            dependencies: { msgStreamType: store },
            ...(password ? { config: { kafka: { saslPassword: password } } } : {}),
          },
        }),
    }))
  const library = fc.uniqueArray(fc.record({ name: named, doc: resource }), {
    selector: (b) => b.name,
    maxLength: 4,
  })

  it('round-trips generated configs with and without baselines and secrets (fast-check seed 1313)', async () => {
    await fc.assert(
      fc.asyncProperty(resource, library, fc.boolean(), async (config, lib, includeSecrets) => {
        const baselines: SharedBaselines = {
          items: lib.map((b) => ({ name: b.name, source: b.doc.text })),
          active: lib[0]?.name ?? null,
        }
        const plain = await encodeShareLink(config.text, { includeSecrets })
        const withBaselines = await encodeShareLink(config.text, { includeSecrets, baselines })
        const expected = (t: string) => (includeSecrets ? t : redactSecrets(t).text)
        const decoded = await decodeShareLink(withBaselines.fragment)
        expect(decoded.ok && decoded.source).toBe(expected(config.text))
        if (lib.length === 0) {
          expect(withBaselines.fragment).toBe(plain.fragment)
          expect(decoded.ok && decoded.baselines).toBeUndefined()
          return
        }
        expect(withBaselines.fragment.startsWith(`${plain.fragment}.b1.`)).toBe(true)
        expect(decoded.ok && decoded.baselines).toEqual({
          items: lib.map((b) => ({ name: b.name, source: expected(b.doc.text) })),
          active: lib[0]?.name,
        })
        for (const b of [config, ...lib.map((l) => l.doc)])
          if (b.password && !includeSecrets)
            expect(withBaselines.fragment.includes(b.password)).toBe(false)
      }),
      { seed: 1313, numRuns: 300 },
    )
  })
})

function flipAt(s: string, at: number): string {
  return s.slice(0, at) + (s[at] === 'A' ? 'B' : 'A') + s.slice(at + 1)
}
