import { describe, expect, it } from 'vitest'
import { decodeShareLink, encodeShareLink, SHARE_VERSION } from '../../share'
import { pollutionProbe, snapshotPrototypes } from './guards'
import { tamperedLinks } from './shareTampering'

const SOURCE = [
  '# kept comment',
  'apiVersion: milvus.io/v1beta1',
  'kind: Milvus',
  'metadata:',
  '  name: "<img src=x onerror=window.__pwned=1>"',
  'spec:',
  '  mode: cluster',
  '  config:',
  '    note: "</script><script>window.__pwned=1</script> 밀버스\u202E\u200D"',
  '',
].join('\n')

describe('share-link tampering', async () => {
  const { fragment } = await encodeShareLink(SOURCE, { includeSecrets: false })
  const cases = tamperedLinks(fragment)
  const before = snapshotPrototypes()

  it('opens the untouched link to the exact text, script-carrying values as plain data', async () => {
    const decoded = await decodeShareLink(`https://studio.example/#${fragment.slice(1)}`)
    expect(decoded).toEqual({ ok: true, source: SOURCE, version: SHARE_VERSION })
    expect(pollutionProbe()).toEqual([undefined, undefined, undefined, undefined])
  })

  it.each(cases.map((c) => [c.name, c] as const))(
    'refuses a link with %s, saying why in both languages',
    async (_name, c) => {
      const decoded = await decodeShareLink(c.link)
      expect(decoded.ok).toBe(false)
      if (decoded.ok) return
      expect(decoded.code).toBe(c.expect)
      expect(decoded.error.en.length).toBeGreaterThan(10)
      expect(decoded.error.ko).toMatch(/[\uAC00-\uD7A3]/)
      // The message is ours: nothing from the link is echoed back into it.
      expect(decoded.error.en).not.toMatch(/script|pwned|access_token/)
      expect(snapshotPrototypes()).toEqual(before)
      expect(pollutionProbe()).toEqual([undefined, undefined, undefined, undefined])
    },
  )

  it(`covers ${cases.length} tampered links with every error code`, () => {
    expect(new Set(cases.map((c) => c.expect))).toEqual(
      new Set(['truncated', 'corrupt', 'version', 'too-large', 'foreign']),
    )
  })
})
