/**
 * deflate-raw through the platform's CompressionStream (browsers and Node 20), with a hard cap on
 * decompressed output so a tiny link cannot expand into gigabytes. No Node APIs.
 */

export type InflateResult =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly code: 'truncated' | 'corrupt' | 'too-large' }

/** Compresses bytes with raw deflate. */
export async function deflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream('deflate-raw'))
  return new Uint8Array(await new Response(stream).arrayBuffer())
}

/** Decompresses raw deflate, stopping as soon as the output passes `limit` bytes. */
export async function inflateRaw(bytes: Uint8Array, limit: number): Promise<InflateResult> {
  const ds = new DecompressionStream('deflate-raw')
  const writer = ds.writable.getWriter()
  const reader = ds.readable.getReader()
  // Errors surface on the reader; the writer's own rejections are expected and ignored.
  const writing = writer.write(bytes as Uint8Array<ArrayBuffer>).then(() => writer.close()).catch(() => undefined)
  const chunks: Uint8Array[] = []
  let total = 0
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      total += value.byteLength
      if (total > limit) {
        await reader.cancel().catch(() => undefined)
        await writer.abort().catch(() => undefined)
        return { ok: false, code: 'too-large' }
      }
      chunks.push(value)
    }
  } catch (error) {
    return { ok: false, code: isTruncation(error) ? 'truncated' : 'corrupt' }
  }
  await writing
  return { ok: true, bytes: concat(chunks, total) }
}

function isTruncation(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error)
  return /unexpected end|incomplete|premature|truncat/i.test(message)
}

function concat(chunks: readonly Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total)
  let at = 0
  for (const c of chunks) {
    out.set(c, at)
    at += c.byteLength
  }
  return out
}
