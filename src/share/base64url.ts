/**
 * base64url (RFC 4648 §5, no padding) for byte arrays. Pure: no btoa/atob, so it never builds a
 * giant argument list and never accepts characters outside the alphabet.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
const LOOKUP = new Map<string, number>([...ALPHABET].map((c, i) => [c, i]))

/** Encodes bytes as unpadded base64url text. */
export function toBase64Url(bytes: Uint8Array): string {
  const out: string[] = []
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0
    const b = bytes[i + 1] ?? 0
    const c = bytes[i + 2] ?? 0
    const n = (a << 16) | (b << 8) | c
    const left = bytes.length - i
    out.push(ALPHABET[(n >> 18) & 63] ?? '', ALPHABET[(n >> 12) & 63] ?? '')
    if (left > 1) out.push(ALPHABET[(n >> 6) & 63] ?? '')
    if (left > 2) out.push(ALPHABET[n & 63] ?? '')
  }
  return out.join('')
}

/** Decodes unpadded base64url text; undefined when a character is outside the alphabet or the length is impossible. */
export function fromBase64Url(text: string): Uint8Array | undefined {
  if (text.length % 4 === 1) return undefined
  const bytes = new Uint8Array(Math.floor((text.length * 3) / 4))
  let acc = 0
  let bits = 0
  let j = 0
  for (const ch of text) {
    const v = LOOKUP.get(ch)
    if (v === undefined) return undefined
    acc = ((acc << 6) | v) & 0xffffff
    bits += 6
    if (bits >= 8) {
      bits -= 8
      bytes[j++] = (acc >> bits) & 0xff
    }
  }
  return bytes.subarray(0, j)
}
