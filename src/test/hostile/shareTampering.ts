/**
 * Tampered share links, built from a real link at test time: each entry says which error code the
 * codec must answer with. Script-carrying entries must decode (or fail) as plain data.
 */
import { SHARE_VERSION, type ShareErrorCode } from '../../share'
import { crc32Hex } from '../../share/crc32'
import { toBase64Url } from '../../share/base64url'
import { deflateRaw } from '../../share/compression'

export interface TamperedLink {
  readonly name: string
  readonly link: string
  readonly expect: ShareErrorCode
}

function bomb(): string {
  // 3 MB of one byte compresses to a few kilobytes: a small link that would inflate past the limit.
  // Written in the s1 format (no dictionary, hex checksum), which every build keeps reading.
  const bytes = new Uint8Array(3 * 1024 * 1024).fill(0x61)
  return `#s1.${toBase64Url(deflateRaw(bytes))}.${crc32Hex(bytes)}`
}

/** Builds the tampered variants of a valid fragment (`#s<version>.<body>.<checksum>`). */
export function tamperedLinks(valid: string): TamperedLink[] {
  const head = valid.slice(0, valid.indexOf('.'))
  const dot = valid.lastIndexOf('.')
  const body = valid.slice(valid.indexOf('.') + 1, dot)
  const crc = valid.slice(dot + 1)
  const flipped = body.slice(0, 10) + (body[10] === 'A' ? 'B' : 'A') + body.slice(11)
  const zeros = '0'.repeat(crc.length)
  const badCrc = crc === zeros ? `${zeros.slice(1)}1` : zeros
  return [
    { name: 'cut before the checksum', link: valid.slice(0, dot), expect: 'truncated' },
    { name: 'cut inside the checksum', link: valid.slice(0, dot + 4), expect: 'truncated' },
    {
      name: 'cut in the middle of the data',
      link: `${head}.${body.slice(0, Math.floor(body.length / 2))}.${crc}`,
      expect: 'truncated',
    },
    { name: 'one character changed', link: `${head}.${flipped}.${crc}`, expect: 'corrupt' },
    { name: 'wrong checksum', link: `${head}.${body}.${badCrc}`, expect: 'corrupt' },
    {
      name: 'characters outside the alphabet',
      link: `${head}.${body}%3C.${crc}`,
      expect: 'corrupt',
    },
    { name: 'a newer version', link: `#s${SHARE_VERSION + 1}.${body}.${crc}`, expect: 'version' },
    { name: 'version zero', link: `#s0.${body}.${crc}`, expect: 'version' },
    { name: 'decompression bomb', link: bomb(), expect: 'too-large' },
    {
      name: 'oversized fragment',
      link: `${head}.${'A'.repeat(4 * 1024 * 1024 + 8)}.${crc}`,
      expect: 'too-large',
    },
    {
      name: 'script in place of the data',
      link: '#s1.<script>window.__pwned=1</script>.deadbeef',
      expect: 'corrupt',
    },
    { name: 'javascript: URL', link: 'javascript:window.__pwned=1//#s1.x', expect: 'truncated' },
    {
      name: "another site's fragment",
      link: 'https://other.example/app#access_token=abc&state=1',
      expect: 'foreign',
    },
    { name: 'a router fragment', link: '#/settings?tab=share', expect: 'foreign' },
    { name: 'an empty fragment', link: '#', expect: 'foreign' },
    {
      name: 'prototype keys in place of a link',
      link: '#__proto__.constructor.prototype',
      expect: 'foreign',
    },
  ]
}
