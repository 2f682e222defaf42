/**
 * Raw deflate through fflate, with an optional preset dictionary (the `s2` link format) and a hard
 * cap on decompressed output so a tiny link cannot expand into gigabytes. Synchronous and pure:
 * no DOM, no Node APIs, the same bytes in every browser and in Node.
 */
import { deflateSync, Inflate } from 'fflate'

export type InflateResult =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly code: 'truncated' | 'corrupt' | 'too-large' }

/** Input is fed to the inflater in slices this big, so output past the cap stops it early. */
const SLICE = 1024
/** fflate's error code for input that ends in the middle of a block. */
const UNEXPECTED_EOF = 0

/** Compresses bytes with raw deflate at the highest level, primed with `dictionary` when given. */
export function deflateRaw(bytes: Uint8Array, dictionary?: Uint8Array): Uint8Array {
  return deflateSync(bytes, dictionary ? { level: 9, mem: 8, dictionary } : { level: 9, mem: 8 })
}

/** Decompresses raw deflate, stopping as soon as the output passes `limit` bytes. */
export function inflateRaw(
  bytes: Uint8Array,
  limit: number,
  dictionary?: Uint8Array,
): InflateResult {
  const chunks: Uint8Array[] = []
  let total = 0
  let finished = false
  const inflater = new Inflate(dictionary ? { dictionary } : {}, (chunk, final) => {
    total += chunk.byteLength
    chunks.push(chunk)
    if (final) finished = true
  })
  try {
    for (let at = 0; at < bytes.length || at === 0; at += SLICE) {
      const end = Math.min(bytes.length, at + SLICE)
      inflater.push(bytes.subarray(at, end), end >= bytes.length)
      if (total > limit) return { ok: false, code: 'too-large' }
      if (end >= bytes.length) break
    }
  } catch (error) {
    return { ok: false, code: errorCode(error) === UNEXPECTED_EOF ? 'truncated' : 'corrupt' }
  }
  if (!finished) return { ok: false, code: 'truncated' }
  return { ok: true, bytes: concat(chunks, total) }
}

function errorCode(error: unknown): number | undefined {
  return typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    typeof error.code === 'number'
    ? error.code
    : undefined
}

function concat(chunks: readonly Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1 && chunks[0]) return chunks[0]
  const out = new Uint8Array(total)
  let at = 0
  for (const c of chunks) {
    out.set(c, at)
    at += c.byteLength
  }
  return out
}
