/**
 * The share-link codec: `#s1.<base64url(deflate-raw(utf8 text))>.<crc32 hex>`. Version 1 links
 * must keep opening forever, so the format only ever grows new prefixes (`s2.`, ...). Secrets are
 * removed from the text BEFORE it is compressed unless the caller opts in. Pure: no DOM, no clock.
 */
import type { LocalizedText } from '../model'
import { fromBase64Url, toBase64Url } from './base64url'
import { deflateRaw, inflateRaw } from './compression'
import { crc32Hex } from './crc32'
import { redactSecrets, type RemovedSecret } from './redact'

/** The version this build writes. */
export const SHARE_VERSION = 1
/** Largest document (UTF-8 bytes) a link may carry; decoding stops past it (decompression-bomb guard). */
export const MAX_SHARE_BYTES = 2 * 1024 * 1024
/** Longest fragment we even try to decode. */
export const MAX_LINK_CHARS = 4 * 1024 * 1024
/** Past about this many characters, chat tools and some browsers start cutting links: warn the user. */
export const SHARE_LINK_WARN_CHARS = 2000

export const SHARE_ERROR_CODES = ['truncated', 'corrupt', 'version', 'too-large', 'foreign'] as const
export type ShareErrorCode = (typeof SHARE_ERROR_CODES)[number]

export interface EncodedShareLink {
  /** `#s1.…`, ready to append to the studio's address. */
  readonly fragment: string
  readonly removed: readonly RemovedSecret[]
  readonly length: number
}

export type DecodedShareLink =
  | { readonly ok: true; readonly source: string; readonly version: number }
  | { readonly ok: false; readonly error: LocalizedText; readonly code: ShareErrorCode }

const MESSAGES: Record<ShareErrorCode, LocalizedText> = {
  truncated: {
    en: 'This link is incomplete: it was probably cut off when it was copied. Ask for the whole link.',
    ko: '링크가 완전하지 않습니다. 복사하는 중에 잘린 것 같으니 전체 링크를 다시 받아 주세요.',
  },
  corrupt: {
    en: 'This link is damaged and cannot be read. Your current work was kept.',
    ko: '링크가 손상되어 읽을 수 없습니다. 지금 작업 중인 내용은 그대로 두었습니다.',
  },
  version: {
    en: 'This link was made by a newer version of the studio. Open it there, or update this one.',
    ko: '더 새로운 버전의 스튜디오에서 만든 링크입니다. 그 버전에서 열거나 이 스튜디오를 업데이트해 주세요.',
  },
  'too-large': {
    en: 'This link holds more than 2 MB of text, so it was not opened.',
    ko: '링크에 담긴 텍스트가 2MB를 넘어서 열지 않았습니다.',
  },
  foreign: {
    en: 'This is not a Milvus Config Studio share link.',
    ko: 'Milvus Config Studio 공유 링크가 아닙니다.',
  },
}

/** Compresses the text into a link fragment, redacting secrets unless `includeSecrets`. Throws RangeError past MAX_SHARE_BYTES. */
export async function encodeShareLink(
  source: string,
  options: { includeSecrets: boolean },
): Promise<EncodedShareLink> {
  if (source.length > MAX_SHARE_BYTES) throw new RangeError(`Share links carry at most ${MAX_SHARE_BYTES} bytes of text.`)
  const { text, removed } = options.includeSecrets ? { text: source, removed: [] } : redactSecrets(source)
  const bytes = new TextEncoder().encode(text)
  if (bytes.byteLength > MAX_SHARE_BYTES) {
    throw new RangeError(`The document is ${bytes.byteLength} bytes; share links carry at most ${MAX_SHARE_BYTES}.`)
  }
  const fragment = `#s${SHARE_VERSION}.${toBase64Url(await deflateRaw(bytes))}.${crc32Hex(bytes)}`
  return { fragment, removed, length: fragment.length }
}

/** Reads a fragment or a whole URL. Never throws; every failure has a code and a message. */
export async function decodeShareLink(fragmentOrUrl: string): Promise<DecodedShareLink> {
  const fragment = extractFragment(String(fragmentOrUrl))
  if (fragment.length > MAX_LINK_CHARS) return fail('too-large')
  const head = /^s(\d{1,6})\./.exec(fragment)
  if (!head) return fail('foreign')
  if (Number(head[1]) !== SHARE_VERSION) return fail('version')
  const body = fragment.slice(head[0].length)
  if (!/^[A-Za-z0-9_.-]*$/.test(body)) return fail('corrupt')
  const dot = body.lastIndexOf('.')
  if (dot < 0) return fail('truncated')
  const checksum = body.slice(dot + 1)
  if (!/^[0-9a-f]{8}$/.test(checksum)) return fail(/^[0-9a-f]{0,7}$/.test(checksum) ? 'truncated' : 'corrupt')
  const compressed = fromBase64Url(body.slice(0, dot))
  if (!compressed) return fail('corrupt')
  const inflated = await inflateRaw(compressed, MAX_SHARE_BYTES)
  if (!inflated.ok) return fail(inflated.code)
  if (crc32Hex(inflated.bytes) !== checksum) return fail('corrupt')
  try {
    // ignoreBOM keeps a leading U+FEFF, so the link opens to exactly the text that was encoded.
    return { ok: true, source: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(inflated.bytes), version: SHARE_VERSION }
  } catch {
    return fail('corrupt')
  }
}

function extractFragment(input: string): string {
  const hash = input.indexOf('#')
  // Chat tools wrap long links; the alphabet has no whitespace, so dropping it is safe.
  return (hash >= 0 ? input.slice(hash + 1) : input).replace(/\s+/g, '')
}

function fail(code: ShareErrorCode): DecodedShareLink {
  return { ok: false, code, error: MESSAGES[code] }
}
