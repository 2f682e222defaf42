import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { stringify } from 'yaml'
import { toBase64Url } from './base64url'
import { deflateRaw } from './compression'
import { crc32Hex } from './crc32'
import { MAX_SHARE_BYTES, decodeShareLink, encodeShareLink } from './codec'

const DOC = `# the studio's own comment survives
apiVersion: milvus.io/v1beta1
kind: Milvus
metadata:
  name: demo # inline comment
spec:
  mode: standalone
  config:
    kafka:
      saslPassword: hunter2-very-secret
`

async function roundTrip(text: string): Promise<string | undefined> {
  const { fragment } = await encodeShareLink(text, { includeSecrets: true })
  const decoded = await decodeShareLink(fragment)
  return decoded.ok ? decoded.source : undefined
}

describe('encodeShareLink / decodeShareLink', () => {
  it('returns the text byte for byte, comments included, when secrets are included', async () => {
    const { fragment, removed, length } = await encodeShareLink(DOC, { includeSecrets: true })
    expect(fragment).toMatch(/^#s1\.[A-Za-z0-9_-]+\.[0-9a-f]{8}$/)
    expect(removed).toEqual([])
    expect(length).toBe(fragment.length)
    expect(await decodeShareLink(fragment)).toEqual({ ok: true, source: DOC, version: 1 })
  })

  it('accepts a whole URL, a fragment with or without #, and spaces or line breaks a chat tool added', async () => {
    const { fragment } = await encodeShareLink(DOC, { includeSecrets: true })
    for (const input of [`https://studio.example/app/${fragment}`, fragment.slice(1), `  ${fragment}\n`, `${fragment.slice(0, 9)}\n  ${fragment.slice(9)}`]) {
      const decoded = await decodeShareLink(input)
      expect(decoded.ok && decoded.source).toBe(DOC)
    }
  })

  it('removes secrets before compressing unless asked to keep them', async () => {
    const { fragment, removed } = await encodeShareLink(DOC, { includeSecrets: false })
    expect(removed).toEqual([{ document: 0, path: 'spec.config.kafka.saslPassword', key: 'saslPassword' }])
    const decoded = await decodeShareLink(fragment)
    expect(decoded.ok && decoded.source).toBe(DOC.replace('hunter2-very-secret', '<redacted>'))
  })

  it('refuses to encode more than the decoder would accept', async () => {
    await expect(encodeShareLink('x'.repeat(MAX_SHARE_BYTES + 1), { includeSecrets: true })).rejects.toThrow(RangeError)
  })

  it('round-trips 2000 generated texts (fast-check seed 4242)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 400 }), async (text) => {
        expect(await roundTrip(text)).toBe(text)
      }),
      { seed: 4242, numRuns: 2000 },
    )
  })
})

describe('encodeShareLink on generated YAML documents', () => {
  const yamlDoc = fc.record({
    comment: fc.string({ unit: 'grapheme', maxLength: 40 }).map((c) => `# ${c.replace(/[\r\n]/g, ' ')}\n`),
    body: fc.dictionary(fc.string({ minLength: 1, maxLength: 10 }), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 6 }),
  }).map(({ comment, body }) => comment + stringify({ apiVersion: 'milvus.io/v1beta1', kind: 'Milvus', spec: body }))

  it('returns 1500 generated documents byte for byte (fast-check seed 1515)', async () => {
    await fc.assert(
      fc.asyncProperty(yamlDoc, async (text) => {
        expect(await roundTrip(text)).toBe(text)
      }),
      { seed: 1515, numRuns: 1500 },
    )
  })
})

describe('decodeShareLink on tampered links', () => {
  const good = () => encodeShareLink(DOC, { includeSecrets: true }).then((e) => e.fragment)

  it.each([
    ['cut inside the data', (f: string) => f.slice(0, Math.floor(f.length / 2)), 'truncated'],
    ['cut inside the checksum', (f: string) => f.slice(0, -3), 'truncated'],
    ['a character changed', (f: string) => flip(f, 8), 'corrupt'],
    ['a wrong checksum', (f: string) => f.slice(0, -8) + '00000000', 'corrupt'],
    ['a future version', (f: string) => f.replace('#s1.', '#s9.'), 'version'],
    ['a script instead of data', () => '#s1.<script>alert(1)</script>', 'corrupt'],
    ['not base64url', (f: string) => f.replace(/\.[^.]+\./, '.!!!*.'), 'corrupt'],
    ['another app\'s fragment', () => '#/settings?tab=2', 'foreign'],
    ['an empty string', () => '', 'foreign'],
  ] as const)('%s', async (_name, tamper, code) => {
    const decoded = await decodeShareLink(tamper(await good()))
    expect(decoded.ok).toBe(false)
    if (!decoded.ok) {
      expect(decoded.code).toBe(code)
      expect(decoded.error.en.length).toBeGreaterThan(10)
      expect(decoded.error.ko).toMatch(/[가-힣]/)
    }
  })

  it('stops inflating a decompression bomb at the size limit', async () => {
    const bomb = new Uint8Array(MAX_SHARE_BYTES * 4) // zeros compress about 1000:1
    const link = `#s1.${toBase64Url(await deflateRaw(bomb))}.${crc32Hex(bomb)}`
    expect(link.length).toBeLessThan(20_000)
    const decoded = await decodeShareLink(link)
    expect(!decoded.ok && decoded.code).toBe('too-large')
  })

  it('rejects an oversized link without decoding it', async () => {
    const decoded = await decodeShareLink(`#s1.${'A'.repeat(5 * 1024 * 1024)}.00000000`)
    expect(!decoded.ok && decoded.code).toBe('too-large')
  })

  it('never throws on arbitrary input (fast-check seed 77)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 200 }), async (s) => {
        const decoded = await decodeShareLink(`#s1.${s}`)
        expect(typeof decoded.ok).toBe('boolean')
      }),
      { seed: 77, numRuns: 500 },
    )
  })

  it('rejects bytes that are not UTF-8', async () => {
    const bytes = Uint8Array.from([0xff, 0xfe, 0x41])
    const decoded = await decodeShareLink(`#s1.${toBase64Url(await deflateRaw(bytes))}.${crc32Hex(bytes)}`)
    expect(!decoded.ok && decoded.code).toBe('corrupt')
  })
})

function flip(s: string, at: number): string {
  const c = s[at] === 'A' ? 'B' : 'A'
  return s.slice(0, at) + c + s.slice(at + 1)
}
