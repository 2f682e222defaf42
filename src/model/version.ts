/**
 * The Milvus version as the model speaks of it (major, minor, patch and where it was read), always
 * read by the operator-parity reader in ./operator/version.ts (isImageVersionGreaterThan2_6 in
 * apis/milvus.io/v1beta1/milvus_types.go): `components.version` through blang/semver ParseTolerant,
 * else the text after the image's last `:`, where a `master-` tag counts as 2.6. So a digest
 * (`…:v2.6.1@sha256:…` reads `…` after the last `:`) or a tagless image from a registry with a port
 * (`registry:5000/milvus` reads `5000/milvus`) is unreadable here exactly as it is to the operator.
 * Pure functions: no clock, no I/O. Nothing here reads YAML text.
 */
import {
  DEFAULT_MILVUS_IMAGE,
  readOperatorVersion,
  readResourceVersion,
  type OperatorVersionReading,
} from './operator/version'
import type { MilvusResource } from './types'

export { DEFAULT_MILVUS_IMAGE }
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

function fromReading(reading: OperatorVersionReading): MilvusVersion | undefined {
  const raw = reading.text
  if (reading.isMaster) return { major: 2, minor: 6, patch: 0, raw, source: 'master' }
  const v = reading.parsed
  if (!v) return undefined
  const source = reading.source === 'default-image' ? 'default' : reading.source
  return { major: v.major, minor: v.minor, patch: v.patch, raw, source }
}

/**
 * A version written as `components.version` is: blang/semver ParseTolerant (trims, drops one
 * leading `v`, strips leading zeros, pads `2.6` to `2.6.0`). Undefined for anything else
 * (`latest`, `master-…`, digests, empty), which the operator treats as older than 2.6.
 */
export function parseVersion(text: string): MilvusVersion | undefined {
  if (typeof text !== 'string' || text === '') return undefined
  return fromReading(readOperatorVersion(text, ''))
}

/** The version the operator reads from an image alone: its tag, `master-` builds as 2.6. */
export function imageVersion(image: string): MilvusVersion | undefined {
  return fromReading(readOperatorVersion('', image))
}

/** The tag as the operator reads it: the text after the image's last `:`; undefined without one. */
export function imageTag(image: string): string | undefined {
  const parts = image.split(':')
  return parts.length < 2 ? undefined : parts[parts.length - 1]
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
  return fromReading(readResourceVersion(r.spec?.components))
}

/**
 * `v.GT(major.(minor-1).999)`, the operator's comparison (sermanticVersion2_5_Max in
 * milvus_types.go): pre-releases of major.minor count, as does a patch above 999 of the minor before.
 */
export function versionAtLeast(v: MilvusVersion, major: number, minor: number): boolean {
  if (v.major !== major) return v.major > major
  return v.minor !== minor - 1 ? v.minor >= minor : v.patch > 999
}

/** True when the effective version is at least major.minor; an unknown version never is. */
export function isMilvusAtLeast(r: MilvusResource, major: number, minor: number): boolean {
  const v = effectiveMilvusVersion(r)
  return v !== undefined && versionAtLeast(v, major, minor)
}

/** Orders two versions by major, minor and patch (negative when `a` is older). */
export function compareVersions(a: MilvusVersion, b: MilvusVersion): number {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch
}
