/**
 * Milvus version detection, the way the operator decides it (IsVersionGreaterThan2_6 in
 * apis/milvus.io/v1beta1). Pure functions: no clock, no I/O. Nothing here reads YAML text.
 */
import type { MilvusResource } from './types'

/** The image the operator's webhook writes when `spec.components.image` is unset (pkg/config/config.go). */
export const DEFAULT_MILVUS_IMAGE = 'milvusdb/milvus:v2.6.11'
/** The newest operator release the studio models. */
export const OPERATOR_VERSION = '1.3.8'

export interface MilvusVersion {
  major: number
  minor: number
  patch: number
  /** The text the version was read from (a version string or an image tag). */
  raw: string
  /** Where it came from: components.version, the image tag, the default image, or a `master-` build. */
  source: 'version' | 'image' | 'default' | 'master'
}

const IDENT = '[0-9A-Za-z-]+'
const STRICT_SEMVER = new RegExp(
  `^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-(${IDENT}(?:\\.${IDENT})*))?(?:\\+(${IDENT}(?:\\.${IDENT})*))?$`,
)

/**
 * Tolerant semver, after blang/semver ParseTolerant: trims, drops one leading `v`, strips leading
 * zeros, pads `2.6` to `2.6.0`. A `master-...` tag counts as 2.6 (the operator treats it as >= 2.6).
 * Returns undefined for anything else (`latest`, digests, empty).
 */
export function parseVersion(text: string): MilvusVersion | undefined {
  if (typeof text !== 'string') return undefined
  const raw = text.trim()
  if (raw.startsWith('master-')) return { major: 2, minor: 6, patch: 0, raw, source: 'master' }
  const body = raw.startsWith('v') ? raw.slice(1) : raw
  const parts = splitN(body, '.', 3).map(trimLeadingZeros)
  const last = parts[parts.length - 1] ?? ''
  if (parts.length < 3 && /[+-]/.test(last)) return undefined
  while (parts.length < 3) parts.push('0')
  const m = STRICT_SEMVER.exec(parts.join('.'))
  if (!m) return undefined
  const [major, minor, patch] = [Number(m[1]), Number(m[2]), Number(m[3])]
  if (![major, minor, patch].every(Number.isSafeInteger)) return undefined
  return { major, minor, patch, raw, source: 'version' }
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

function trimLeadingZeros(p: string): string {
  if (p.length <= 1) return p
  const t = p.replace(/^0+/, '')
  return t === '' || !/^\d/.test(t) ? `0${t}` : t
}

/** The tag of an image reference (`repo/name:tag`), or undefined when it has none (digest-only or bare). */
export function imageTag(image: string): string | undefined {
  const noDigest = image.split('@')[0] ?? ''
  const colon = noDigest.lastIndexOf(':')
  if (colon < 0 || colon < noDigest.lastIndexOf('/')) return undefined
  return noDigest.slice(colon + 1)
}

/** `spec.components.image`, or the operator's default image when it is unset or empty. */
export function effectiveImage(r: MilvusResource): string {
  const image = r.spec?.components?.image
  return typeof image === 'string' && image.trim() !== '' ? image : DEFAULT_MILVUS_IMAGE
}

/**
 * The Milvus version the operator assumes: `components.version` wins when set, else the tag of
 * the (defaulted) global image. Per-component images are ignored, as in the operator.
 * undefined means "unparsable", which the operator treats as older than 2.6.
 */
export function effectiveMilvusVersion(r: MilvusResource): MilvusVersion | undefined {
  const version = r.spec?.components?.version
  if (typeof version === 'string' && version !== '') {
    const v = parseVersion(version)
    return v && v.source !== 'master' ? { ...v, source: 'version' } : v
  }
  const image = effectiveImage(r)
  const tag = imageTag(image)
  if (tag === undefined) return undefined
  const v = parseVersion(tag)
  if (!v || v.source === 'master') return v
  return { ...v, source: image === DEFAULT_MILVUS_IMAGE && !hasOwnImage(r) ? 'default' : 'image' }
}

function hasOwnImage(r: MilvusResource): boolean {
  const image = r.spec?.components?.image
  return typeof image === 'string' && image.trim() !== ''
}

/**
 * True when the effective version is at least major.minor (pre-releases of that minor count,
 * as the operator compares against x.(y-1).999). An unknown version is never "at least".
 */
export function isMilvusAtLeast(r: MilvusResource, major: number, minor: number): boolean {
  const v = effectiveMilvusVersion(r)
  if (!v) return false
  return v.major !== major ? v.major > major : v.minor >= minor
}

/** Compare two versions by major, minor, patch (pre-release tags ignored). */
export function compareVersions(a: MilvusVersion, b: MilvusVersion): number {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch
}
