/**
 * The optional baselines field of a share link: `.b1.<base64url(deflate-raw(utf8 JSON, dictionary
 * V2))>.<base64url(crc32)>` after the config's checksum. A link without it is byte for byte the link
 * this build wrote before the field existed. The field is read on its own: when it is cut off or
 * damaged the config still opens and the field's error says what happened. Secrets are removed
 * from each baseline exactly as from the config. Pure: no DOM, no clock.
 */
import type { LocalizedText } from '../model'
import { fromBase64Url, toBase64Url } from './base64url'
import { deflateRaw, inflateRaw } from './compression'
import { redactSecrets, type RemovedSecret } from './redact'

/** One named baseline as a link carries it (the text as the user saved it, secrets removed). */
export interface SharedBaseline {
  readonly name: string
  readonly source: string
}

export interface SharedBaselines {
  readonly items: readonly SharedBaseline[]
  /** The baseline the sender compared against, when it is one of `items`. */
  readonly active: string | null
}

export type BaselinesErrorCode = 'truncated' | 'corrupt' | 'version' | 'too-large'

export type DecodedBaselines =
  | { readonly ok: true; readonly baselines: SharedBaselines }
  | { readonly ok: false; readonly code: BaselinesErrorCode; readonly error: LocalizedText }

/** The version of the field this build writes. */
export const BASELINES_FIELD_VERSION = 1
/** Most baselines a link carries (the studio keeps at most 20). */
export const MAX_SHARED_BASELINES = 20

const MESSAGES: Record<BaselinesErrorCode, LocalizedText> = {
  truncated: {
    en: 'The baselines in this link were cut off when it was copied, so they were left out; the configuration opened.',
    ko: '링크를 복사하는 중에 기준 부분이 잘려서 기준은 빼고 설정만 열었습니다.',
  },
  corrupt: {
    en: 'The baselines in this link are damaged and were left out; the configuration opened.',
    ko: '링크의 기준 부분이 손상되어 기준은 빼고 설정만 열었습니다.',
  },
  version: {
    en: 'The baselines in this link were written by a newer studio and were left out; the configuration opened.',
    ko: '링크의 기준은 더 새로운 스튜디오가 만든 형식이라 빼고 설정만 열었습니다.',
  },
  'too-large': {
    en: 'The baselines in this link hold more than 2 MB of text and were left out; the configuration opened.',
    ko: '링크의 기준이 2MB를 넘어서 기준은 빼고 설정만 열었습니다.',
  },
}

/** The field, with the leading dot, and the secrets removed from each baseline. */
export function encodeBaselinesField(
  baselines: SharedBaselines,
  includeSecrets: boolean,
  options: {
    readonly maxBytes: number
    readonly dictionary: Uint8Array
    readonly checksum: (b: Uint8Array) => string
  },
): { field: string; removed: RemovedSecret[] } {
  const removed: RemovedSecret[] = []
  const items = baselines.items.slice(0, MAX_SHARED_BASELINES).map(({ name, source }) => {
    if (includeSecrets) return { name, source }
    const redacted = redactSecrets(source)
    removed.push(...redacted.removed.map((r) => ({ ...r, baseline: name })))
    return { name, source: redacted.text }
  })
  const active = items.some((b) => b.name === baselines.active) ? baselines.active : null
  const bytes = new TextEncoder().encode(JSON.stringify({ active, items }))
  if (bytes.byteLength > options.maxBytes)
    throw new RangeError(
      `The baselines are ${bytes.byteLength} bytes; share links carry at most ${options.maxBytes}.`,
    )
  const body = toBase64Url(deflateRaw(bytes, options.dictionary))
  return {
    field: `.b${BASELINES_FIELD_VERSION}.${body}.${options.checksum(bytes)}`,
    removed,
  }
}

function fail(code: BaselinesErrorCode): DecodedBaselines {
  return { ok: false, code, error: MESSAGES[code] }
}

function isShared(v: unknown): v is SharedBaseline {
  if (typeof v !== 'object' || v === null) return false
  const r = v as Record<string, unknown>
  return typeof r.name === 'string' && r.name.trim() !== '' && typeof r.source === 'string'
}

function readJson(bytes: Uint8Array): DecodedBaselines {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)
    const parsed = JSON.parse(text) as Record<string, unknown>
    const items = parsed.items
    if (
      !Array.isArray(items) ||
      items.length === 0 ||
      items.length > MAX_SHARED_BASELINES ||
      !items.every(isShared)
    )
      return fail('corrupt')
    const list = items.map(({ name, source }) => ({ name, source }))
    const active =
      typeof parsed.active === 'string' && list.some((b) => b.name === parsed.active)
        ? parsed.active
        : null
    return { ok: true, baselines: { items: list, active } }
  } catch {
    return fail('corrupt')
  }
}

/**
 * Reads the field (everything after the config's checksum and its dot). `whole` and `partial`
 * recognise a complete and a cut-off checksum, as for the config.
 */
export function decodeBaselinesField(
  field: string,
  options: {
    readonly maxBytes: number
    readonly dictionary: Uint8Array
    readonly checksum: (b: Uint8Array) => string
    readonly whole: RegExp
    readonly partial: RegExp
  },
): DecodedBaselines {
  const head = /^b(\d{1,6})(\.|$)/.exec(field)
  if (!head) return fail(/^b?\d{0,6}$/.test(field) ? 'truncated' : 'corrupt')
  if (Number(head[1]) !== BASELINES_FIELD_VERSION) return fail('version')
  const rest = field.slice(head[0].length)
  const dot = rest.indexOf('.')
  if (dot < 0) return fail('truncated')
  const checksum = rest.slice(dot + 1)
  if (!options.whole.test(checksum))
    return fail(options.partial.test(checksum) ? 'truncated' : 'corrupt')
  const compressed = fromBase64Url(rest.slice(0, dot))
  if (!compressed) return fail('corrupt')
  const inflated = inflateRaw(compressed, options.maxBytes, options.dictionary)
  if (!inflated.ok) return fail(inflated.code)
  if (options.checksum(inflated.bytes) !== checksum) return fail('corrupt')
  return readJson(inflated.bytes)
}
