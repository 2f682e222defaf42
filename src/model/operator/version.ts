/**
 * The Milvus version exactly as the operator v1.3.8 reads it: blang/semver v4 `ParseTolerant`
 * on `spec.components.version`, else on the text after the last `:` of the image
 * (apis/milvus.io/v1beta1/milvus_types.go isImageVersionGreaterThan2_6, lines 136-160).
 * Pure; nothing here interprets a tag the way a person would.
 */

/**
 * The image the operator's webhook writes when `spec.components.image` is empty
 * (pkg/config/config.go line 13, set by setDefaultStr in milvus_webhook.go line 390).
 */
export const DEFAULT_MILVUS_IMAGE = 'milvusdb/milvus:v2.6.11'

export interface SemVer {
  readonly major: number
  readonly minor: number
  readonly patch: number
  readonly pre: readonly string[]
  readonly build: readonly string[]
}

const NUMBERS = /^[0-9]*$/
const ALPHANUM = /^[0-9A-Za-z-]*$/
const UINT64_MAX = 2n ** 64n - 1n

function parseUint(text: string): number | undefined {
  if (text === '' || !NUMBERS.test(text)) return undefined
  // Nineteen digits or fewer are below 2^64 (about 1.8e19): no BigInt needed (the form reads
  // versions on every change).
  if (text.length <= 19) return Number(text)
  return BigInt(text) > UINT64_MAX ? undefined : Number(text)
}

function hasLeadingZero(text: string): boolean {
  return text.length > 1 && text.startsWith('0')
}

function numberPart(text: string): number | undefined {
  return hasLeadingZero(text) ? undefined : parseUint(text)
}

function validPre(id: string): boolean {
  if (id === '') return false
  if (NUMBERS.test(id)) return !hasLeadingZero(id) && parseUint(id) !== undefined
  return ALPHANUM.test(id)
}

/** blang/semver v4 `Parse` (strict semver 2.0); undefined where it returns an error. */
export function parseSemver(s: string): SemVer | undefined {
  const parts = splitN(s, '.', 3)
  if (s === '' || parts.length !== 3) return undefined
  let rest = parts[2] ?? ''
  let build: string[] = []
  let pre: string[] = []
  const plus = rest.indexOf('+')
  if (plus >= 0) [build, rest] = [rest.slice(plus + 1).split('.'), rest.slice(0, plus)]
  const dash = rest.indexOf('-')
  if (dash >= 0) [pre, rest] = [rest.slice(dash + 1).split('.'), rest.slice(0, dash)]
  const [major, minor, patch] = [
    numberPart(parts[0] ?? ''),
    numberPart(parts[1] ?? ''),
    numberPart(rest),
  ]
  if (major === undefined || minor === undefined || patch === undefined) return undefined
  if (!pre.every(validPre) || !build.every((b) => b !== '' && ALPHANUM.test(b))) return undefined
  return { major, minor, patch, pre, build }
}

/** blang/semver v4 `ParseTolerant`: trims, drops one `v`, strips leading zeros, pads `2.6`. */
export function parseTolerant(input: string): SemVer | undefined {
  const s = input.trim().replace(/^v/, '')
  const parts = splitN(s, '.', 3).map((p) => {
    if (p.length <= 1) return p
    const t = p.replace(/^0+/, '')
    return t === '' || !/^[0-9]/.test(t) ? `0${t}` : t
  })
  if (parts.length < 3) {
    if (/[+-]/.test(parts[parts.length - 1] ?? '')) return undefined
    while (parts.length < 3) parts.push('0')
  }
  return parseSemver(parts.join('.'))
}

function splitN(s: string, sep: string, n: number): string[] {
  const out: string[] = []
  let rest = s
  while (out.length < n - 1) {
    const i = rest.indexOf(sep)
    if (i < 0) break
    out.push(rest.slice(0, i))
    rest = rest.slice(i + 1)
  }
  out.push(rest)
  return out
}

/** `v.GT(2.5.999)`: a pre-release of 2.5.999 is below it, anything above its triple is greater. */
function isAbove2_5(v: SemVer): boolean {
  return v.major !== 2 ? v.major > 2 : v.minor !== 5 ? v.minor > 5 : v.patch > 999
}

/** What the operator read, from where, and what it concluded. */
export interface OperatorVersionReading {
  /** `components.version`, the image's tag, or the operator's default image's tag. */
  readonly source: 'version' | 'image' | 'default-image'
  /** The text it parsed (the version, or everything after the image's last `:`). */
  readonly text: string
  /** Undefined when ParseTolerant failed (or the image has no `:` at all). */
  readonly parsed?: SemVer
  /** A `master-` tag, which the operator takes as 2.6 or later without parsing. */
  readonly isMaster: boolean
  /** `IsVersionGreaterThan2_6`: what decides streaming node, mixCoord, Woodpecker default. */
  readonly isAtLeast2_6: boolean
}

/** `isImageVersionGreaterThan2_6(version, image)` with what it looked at. */
export function readOperatorVersion(
  version: string,
  image: string,
  imageSource: 'image' | 'default-image' = 'image',
): OperatorVersionReading {
  if (version !== '') {
    const parsed = parseTolerant(version)
    return {
      source: 'version',
      text: version,
      ...(parsed ? { parsed } : {}),
      isMaster: false,
      isAtLeast2_6: parsed ? isAbove2_5(parsed) : false,
    }
  }
  const parts = image.split(':')
  const text = parts.length < 2 ? '' : (parts[parts.length - 1] ?? '')
  if (parts.length < 2) return { source: imageSource, text, isMaster: false, isAtLeast2_6: false }
  if (text.startsWith('master-'))
    return { source: imageSource, text, isMaster: true, isAtLeast2_6: true }
  const parsed = parseTolerant(text)
  return {
    source: imageSource,
    text,
    ...(parsed ? { parsed } : {}),
    isMaster: false,
    isAtLeast2_6: parsed ? isAbove2_5(parsed) : false,
  }
}

/** `isImageVersionGreaterThan2_6`. */
export function isImageVersionGreaterThan2_6(version: string, image: string): boolean {
  return readOperatorVersion(version, image).isAtLeast2_6
}

/** The reading for a resource's spec: the operator's webhook fills an empty image first. */
export function readResourceVersion(
  components: { readonly version?: unknown; readonly image?: unknown } | undefined,
): OperatorVersionReading {
  const version = typeof components?.version === 'string' ? components.version : ''
  const image = typeof components?.image === 'string' ? components.image : ''
  return image === ''
    ? readOperatorVersion(version, DEFAULT_MILVUS_IMAGE, 'default-image')
    : readOperatorVersion(version, image)
}

/** `GetMilvusVersionByImage` (milvus_types.go line 163): exactly one `:` or an error. */
export function milvusVersionByImage(image: string): SemVer | undefined {
  const parts = image.split(':')
  return parts.length === 2 ? parseTolerant(parts[1] ?? '') : undefined
}
