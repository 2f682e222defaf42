/**
 * What the upgrade rules share: the versions the baseline runs and the edited config will run,
 * when the edit is an upgrade, and the line where the image is written. Pure.
 */
import {
  compareVersions,
  imageFields,
  runningMilvusVersion,
  type MilvusVersion,
  type SpecPath,
} from '../../model'
import type { RuleContext } from '../types'

export interface Upgrade {
  readonly from: MilvusVersion
  readonly to: MilvusVersion
  /** Where the edited config writes the image the pods run (the finding's line). */
  readonly imagePath: SpecPath
}

/** The upgrade from the baseline to the config, or undefined (no baseline, unknown version, no newer version). */
export function upgradeOf(ctx: RuleContext): Upgrade | undefined {
  if (!ctx.baseline) return undefined
  const from = runningMilvusVersion(ctx.baseline)
  const to = runningMilvusVersion(ctx.resource)
  if (!from || !to || compareVersions(to, from) <= 0) return undefined
  const v1alpha1 = ctx.original.apiVersion === 'milvus.io/v1alpha1'
  return { from, to, imagePath: imageFields(ctx.resource, v1alpha1).image }
}

/** A version as an image tag (`v2.5.4`). */
export function asTag(v: MilvusVersion): string {
  return `v${v.major}.${v.minor}.${v.patch}`
}
