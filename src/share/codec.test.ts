import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { stringify } from 'yaml'
import { toBase64Url } from './base64url'
import { deflateRaw } from './compression'
import { crc32 } from './crc32'
import { SHARE_DICTIONARY_V2, SHARE_DICTIONARY_V2_SHA256 } from './dictionaryV2'
import linksV1 from './fixtures/linksV1.json'
import { redactSecrets } from './redact'
import { crc32Hex } from './crc32'
import { MAX_SHARE_BYTES, SHARE_VERSION, decodeShareLink, encodeShareLink } from './codec'

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
    expect(fragment).toMatch(/^#s2\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{6}$/)
    expect(removed).toEqual([])
    expect(length).toBe(fragment.length)
    expect(await decodeShareLink(fragment)).toEqual({ ok: true, source: DOC, version: 2 })
  })

  it('accepts a whole URL, a fragment with or without #, and spaces or line breaks a chat tool added', async () => {
    const { fragment } = await encodeShareLink(DOC, { includeSecrets: true })
    for (const input of [
      `https://studio.example/app/${fragment}`,
      fragment.slice(1),
      `  ${fragment}\n`,
      `${fragment.slice(0, 9)}\n  ${fragment.slice(9)}`,
    ]) {
      const decoded = await decodeShareLink(input)
      expect(decoded.ok && decoded.source).toBe(DOC)
    }
  })

  it('removes secrets before compressing unless asked to keep them', async () => {
    const { fragment, removed } = await encodeShareLink(DOC, { includeSecrets: false })
    expect(removed).toEqual([
      { document: 0, path: 'spec.config.kafka.saslPassword', key: 'saslPassword' },
    ])
    const decoded = await decodeShareLink(fragment)
    expect(decoded.ok && decoded.source).toBe(DOC.replace('hunter2-very-secret', '<redacted>'))
  })

  it('refuses to encode more than the decoder would accept', async () => {
    await expect(
      encodeShareLink('x'.repeat(MAX_SHARE_BYTES + 1), { includeSecrets: true }),
    ).rejects.toThrow(RangeError)
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

describe('links issued by earlier builds', () => {
  // Frozen s1 links (deflate-raw without a dictionary, hex CRC), made by the build that issued them.
  it.each(linksV1.map((l, i) => [i, l] as const))(
    's1 link %i still opens to its text',
    async (_i, { text, fragment }) => {
      expect(fragment.startsWith('#s1.')).toBe(true)
      expect(await decodeShareLink(fragment)).toEqual({ ok: true, source: text, version: 1 })
    },
  )

  it('keeps the s2 dictionary byte for byte (a changed dictionary breaks every s2 link)', () => {
    const bytes = new TextEncoder().encode(SHARE_DICTIONARY_V2)
    expect([bytes.byteLength, crc32(bytes)]).toEqual([9482, 0x212314d6])
    expect(SHARE_DICTIONARY_V2_SHA256).toBe(
      '1c68a30c9b65616b51b7b265b5a0e5d6bc9d85eabc946e9bd4a09fbbfe3cc51b',
    )
  })

  it('writes shorter links than s1 for a small resource', async () => {
    const v1 = linksV1.find((l) => l.text.includes('kind: Milvus') && l.text.length > 150)
    expect(v1).toBeDefined()
    if (!v1) return
    const v2 = await encodeShareLink(v1.text, { includeSecrets: true })
    expect(SHARE_VERSION).toBe(2)
    expect(v2.length).toBeLessThan(v1.fragment.length)
  })
})

describe('encodeShareLink on generated YAML documents', () => {
  const yamlDoc = fc
    .record({
      comment: fc
        .string({ unit: 'grapheme', maxLength: 40 })
        .map((c) => `# ${c.replace(/[\r\n]/g, ' ')}\n`),
      body: fc.dictionary(
        fc.string({ minLength: 1, maxLength: 10 }),
        fc.jsonValue({ maxDepth: 3 }),
        { maxKeys: 6 },
      ),
    })
    .map(
      ({ comment, body }) =>
        comment + stringify({ apiVersion: 'milvus.io/v1beta1', kind: 'Milvus', spec: body }),
    )

  it('returns 1500 generated documents byte for byte (fast-check seed 1515)', async () => {
    await fc.assert(
      fc.asyncProperty(yamlDoc, async (text) => {
        expect(await roundTrip(text)).toBe(text)
      }),
      { seed: 1515, numRuns: 1500 },
    )
  })

  const withSecrets = fc
    .record({
      name: fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/),
      password: fc
        .string({ minLength: 8, maxLength: 30 })
        .filter((p) => /^[A-Za-z0-9]+$/.test(p) && !/^\d+$/.test(p)),
      brokers: fc.array(fc.stringMatching(/^[a-z]{1,10}:\d{2,5}$/), { maxLength: 3 }),
    })
    .map(({ name, password, brokers }) => ({
      password,
      text: stringify({
        apiVersion: 'milvus.io/v1beta1',
        kind: 'Milvus',
        metadata: { name },
        spec: {
          config: { kafka: { brokerList: brokers, saslUsername: 'u', saslPassword: password } },
        },
      }),
    }))

  it('opens every generated link without secrets to the redacted text, and with them to the text (seed 2626)', async () => {
    await fc.assert(
      fc.asyncProperty(withSecrets, async ({ text, password }) => {
        const hidden = await decodeShareLink(
          (await encodeShareLink(text, { includeSecrets: false })).fragment,
        )
        expect(hidden.ok && hidden.source).toBe(redactSecrets(text).text)
        expect(hidden.ok && hidden.source.includes(password)).toBe(false)
        expect(await roundTrip(text)).toBe(text)
      }),
      { seed: 2626, numRuns: 400 },
    )
  })
})

describe('decodeShareLink on tampered links', () => {
  const good = () => encodeShareLink(DOC, { includeSecrets: true }).then((e) => e.fragment)

  it.each([
    ['cut inside the data', (f: string) => f.slice(0, Math.floor(f.length / 2)), 'truncated'],
    ['cut inside the checksum', (f: string) => f.slice(0, -3), 'truncated'],
    ['a character changed', (f: string) => flip(f, 8), 'corrupt'],
    [
      'a wrong checksum',
      (f: string) => f.slice(0, -6) + (f.endsWith('AAAAAA') ? 'AAAAAB' : 'AAAAAA'),
      'corrupt',
    ],
    ['a future version', (f: string) => f.replace('#s2.', '#s9.'), 'version'],
    ['a script instead of data', () => '#s1.<script>alert(1)</script>', 'corrupt'],
    ['not base64url', (f: string) => f.replace(/\.[^.]+\./, '.!!!*.'), 'corrupt'],
    ["another app's fragment", () => '#/settings?tab=2', 'foreign'],
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

  it('stops inflating a decompression bomb at the size limit, in both formats', async () => {
    const bomb = new Uint8Array(MAX_SHARE_BYTES * 4) // zeros compress about 1000:1
    const dictionary = new TextEncoder().encode(SHARE_DICTIONARY_V2)
    const v2 = await encodeShareLink('x', { includeSecrets: true })
    const checksumV2 = v2.fragment.slice(v2.fragment.lastIndexOf('.') + 1)
    for (const link of [
      `#s1.${toBase64Url(deflateRaw(bomb))}.${crc32Hex(bomb)}`,
      `#s2.${toBase64Url(deflateRaw(bomb, dictionary))}.${checksumV2}`,
    ]) {
      expect(link.length).toBeLessThan(20_000)
      const decoded = await decodeShareLink(link)
      expect(!decoded.ok && decoded.code).toBe('too-large')
    }
  })

  it('rejects an oversized link without decoding it', async () => {
    const decoded = await decodeShareLink(`#s1.${'A'.repeat(5 * 1024 * 1024)}.00000000`)
    expect(!decoded.ok && decoded.code).toBe('too-large')
  })

  it('never throws on arbitrary input (fast-check seed 77)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 200 }), async (s) => {
        for (const version of [1, 2]) {
          const decoded = await decodeShareLink(`#s${version}.${s}`)
          expect(typeof decoded.ok).toBe('boolean')
        }
      }),
      { seed: 77, numRuns: 500 },
    )
  })

  it('rejects bytes that are not UTF-8', async () => {
    const bytes = Uint8Array.from([0xff, 0xfe, 0x41])
    const decoded = await decodeShareLink(
      `#s1.${toBase64Url(deflateRaw(bytes))}.${crc32Hex(bytes)}`,
    )
    expect(!decoded.ok && decoded.code).toBe('corrupt')
  })
})

function flip(s: string, at: number): string {
  const c = s[at] === 'A' ? 'B' : 'A'
  return s.slice(0, at) + c + s.slice(at + 1)
}
