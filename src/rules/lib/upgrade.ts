/**
 * What the upgrade rules share: the versions the baseline runs and the edited config will run,
 * when the edit is an upgrade, and the line where the image is written. Pure.
 */
import {
  compareVersions,
  getAtPath,
  imageFields,
  runningMilvusVersion,
  type MilvusVersion,
  type SpecPath,
} from '../../model'
import type { RuleContext } from '../types'

export interface Upgrade {
  readonly from: MilvusVersion
  readonly to: MilvusVersion
  /** Where the edited config writes the version the pods run: the version field when written (it wins), else the image. */
  readonly imagePath: SpecPath
}

/** The upgrade from the baseline to the config, or undefined (no baseline, unknown version, no newer version). */
export function upgradeOf(ctx: RuleContext): Upgrade | undefined {
  if (!ctx.baseline) return undefined
  const from = runningMilvusVersion(ctx.baseline)
  const to = runningMilvusVersion(ctx.resource)
  if (!from || !to || compareVersions(to, from) <= 0) return undefined
  const fields = imageFields(ctx.resource, ctx.original.apiVersion === 'milvus.io/v1alpha1')
  const written = getAtPath(ctx.resource, fields.version) !== undefined
  return { from, to, imagePath: written ? fields.version : fields.image }
}

/** A version as an image tag (`v2.5.4`). */
export function asTag(v: MilvusVersion): string {
  return `v${v.major}.${v.minor}.${v.patch}`
}
