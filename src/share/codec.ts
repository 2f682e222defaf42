/**
 * The share-link codec. This build writes
 * `#s2.<base64url(deflate-raw(utf8 text, dictionary V2))>.<base64url(crc32)>`, followed, only when
 * the user shares their named baselines, by the optional field `.b1.<data>.<crc>` (baselinesField.ts);
 * it still reads `#s1.<base64url(deflate-raw(utf8 text))>.<crc32 hex>`. Every link ever issued must
 * keep opening, so the format only grows new prefixes and optional trailing fields and never
 * changes an old one. Secrets are removed from the text (and from each baseline) BEFORE it is
 * compressed unless the caller opts in. Pure: no DOM, no clock.
 */
import type { LocalizedText } from '../model'
import { fromBase64Url, toBase64Url } from './base64url'
import { deflateRaw, inflateRaw } from './compression'
import { crc32, crc32Hex } from './crc32'
import { SHARE_DICTIONARY_V2 } from './dictionaryV2'
import { redactSecrets, type RemovedSecret } from './redact'
import { decodeBaselinesField, encodeBaselinesField, type SharedBaselines } from './baselinesField'

/** The version this build writes. */
export const SHARE_VERSION = 2
/** Largest document (UTF-8 bytes) a link may carry; decoding stops past it (decompression-bomb guard). */
export const MAX_SHARE_BYTES = 2 * 1024 * 1024
/** Longest fragment we even try to decode. */
export const MAX_LINK_CHARS = 4 * 1024 * 1024
/** Past about this many characters, chat tools and some browsers start cutting links: warn the user. */
export const SHARE_LINK_WARN_CHARS = 2000

export const SHARE_ERROR_CODES = [
  'truncated',
  'corrupt',
  'version',
  'too-large',
  'foreign',
] as const
export type ShareErrorCode = (typeof SHARE_ERROR_CODES)[number]

export interface EncodedShareLink {
  /** `#s2.…`, ready to append to the studio's address. */
  readonly fragment: string
  readonly removed: readonly RemovedSecret[]
  readonly length: number
}

export interface ShareOptions {
  readonly includeSecrets: boolean
  /** Named baselines to carry in the link; absent or empty keeps the link as short as without. */
  readonly baselines?: SharedBaselines
}

export type DecodedShareLink =
  | {
      readonly ok: true
      readonly source: string
      readonly version: number
      /** Present when the link carries baselines that could be read. */
      readonly baselines?: SharedBaselines
      /** Present when the link carries a baselines field that could not be read (the config still opened). */
      readonly baselinesError?: LocalizedText
    }
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
export function encodeShareLink(source: string, options: ShareOptions): Promise<EncodedShareLink> {
  try {
    return Promise.resolve(encodeSync(source, options))
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)))
  }
}

function encodeSync(source: string, options: ShareOptions): EncodedShareLink {
  if (source.length > MAX_SHARE_BYTES)
    throw new RangeError(`Share links carry at most ${MAX_SHARE_BYTES} bytes of text.`)
  const { text, removed } = options.includeSecrets
    ? { text: source, removed: [] }
    : redactSecrets(source)
  const bytes = new TextEncoder().encode(text)
  if (bytes.byteLength > MAX_SHARE_BYTES) {
    throw new RangeError(
      `The document is ${bytes.byteLength} bytes; share links carry at most ${MAX_SHARE_BYTES}.`,
    )
  }
  const body = toBase64Url(deflateRaw(bytes, dictionaryV2()))
  const baselines =
    options.baselines && options.baselines.items.length > 0
      ? encodeBaselinesField(options.baselines, options.includeSecrets, {
          maxBytes: MAX_SHARE_BYTES,
          dictionary: dictionaryV2(),
          checksum: checksumV2,
        })
      : { field: '', removed: [] }
  const fragment = `#s${SHARE_VERSION}.${body}.${checksumV2(bytes)}${baselines.field}`
  return { fragment, removed: [...removed, ...baselines.removed], length: fragment.length }
}

/** How each link version writes its checksum and which dictionary primed its deflate stream. */
interface VersionFormat {
  readonly checksum: (bytes: Uint8Array) => string
  /** Matches a whole checksum; `partial` matches what a cut-off link leaves of one. */
  readonly whole: RegExp
  readonly partial: RegExp
  readonly dictionary: () => Uint8Array | undefined
  /** Whether a baselines field may follow the checksum. */
  readonly carriesBaselines: boolean
}

const FORMATS: ReadonlyMap<number, VersionFormat> = new Map([
  [
    1,
    {
      checksum: crc32Hex,
      whole: /^[0-9a-f]{8}$/,
      partial: /^[0-9a-f]{0,7}$/,
      dictionary: () => undefined,
      carriesBaselines: false,
    },
  ],
  [
    2,
    {
      checksum: checksumV2,
      whole: /^[A-Za-z0-9_-]{6}$/,
      partial: /^[A-Za-z0-9_-]{0,5}$/,
      dictionary: dictionaryV2,
      carriesBaselines: true,
    },
  ],
])

/** Reads a fragment or a whole URL of any version ever issued. Never throws; every failure has a code and a message. */
export function decodeShareLink(fragmentOrUrl: string): Promise<DecodedShareLink> {
  return Promise.resolve(decodeSync(fragmentOrUrl))
}

function decodeSync(fragmentOrUrl: string): DecodedShareLink {
  const fragment = extractFragment(String(fragmentOrUrl))
  if (fragment.length > MAX_LINK_CHARS) return fail('too-large')
  const head = /^s(\d{1,6})\./.exec(fragment)
  if (!head) return fail('foreign')
  const version = Number(head[1])
  const format = FORMATS.get(version)
  if (!format) return fail('version')
  const body = fragment.slice(head[0].length)
  if (!/^[A-Za-z0-9_.-]*$/.test(body)) return fail('corrupt')
  const dot = body.indexOf('.')
  if (dot < 0) return fail('truncated')
  const tail = body.slice(dot + 1)
  const fieldAt = tail.indexOf('.')
  const checksum = fieldAt < 0 ? tail : tail.slice(0, fieldAt)
  const field = fieldAt < 0 ? undefined : tail.slice(fieldAt + 1)
  if (field !== undefined && !format.carriesBaselines) return fail('corrupt')
  if (!format.whole.test(checksum))
    return fail(format.partial.test(checksum) ? 'truncated' : 'corrupt')
  const compressed = fromBase64Url(body.slice(0, dot))
  if (!compressed) return fail('corrupt')
  const inflated = inflateRaw(compressed, MAX_SHARE_BYTES, format.dictionary())
  if (!inflated.ok) return fail(inflated.code)
  if (format.checksum(inflated.bytes) !== checksum) return fail('corrupt')
  let source: string
  try {
    // ignoreBOM keeps a leading U+FEFF, so the link opens to exactly the text that was encoded.
    source = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(inflated.bytes)
  } catch {
    return fail('corrupt')
  }
  if (field === undefined) return { ok: true, source, version }
  const baselines = decodeBaselinesField(field, {
    maxBytes: MAX_SHARE_BYTES,
    dictionary: format.dictionary() ?? new Uint8Array(),
    checksum: format.checksum,
    whole: format.whole,
    partial: format.partial,
  })
  return baselines.ok
    ? { ok: true, source, version, baselines: baselines.baselines }
    : { ok: true, source, version, baselinesError: baselines.error }
}

/** CRC-32 as six base64url characters: two fewer than hex, which short links notice. */
function checksumV2(bytes: Uint8Array): string {
  const n = crc32(bytes)
  return toBase64Url(new Uint8Array([n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255]))
}

let dictionaryBytes: Uint8Array | undefined
function dictionaryV2(): Uint8Array {
  dictionaryBytes ??= new TextEncoder().encode(SHARE_DICTIONARY_V2)
  return dictionaryBytes
}

function extractFragment(input: string): string {
  const hash = input.indexOf('#')
  // Chat tools wrap long links; the alphabet has no whitespace, so dropping it is safe.
  return (hash >= 0 ? input.slice(hash + 1) : input).replace(/\s+/g, '')
}

function fail(code: ShareErrorCode): DecodedShareLink {
  return { ok: false, code, error: MESSAGES[code] }
}
