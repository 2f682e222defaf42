/**
 * Where `inCluster.values` sit and which chart reads them: one entry per dependency that has a
 * values map, with the chart its chartVersion selects. Rules on chart values start here.
 */
import {
  CHART_DEPENDENCIES,
  chartFor,
  chartIndex,
  type ChartDependency,
  type ChartId,
  type MilvusResource,
  type SpecPath,
} from '../../model'
import { getAtPath, isRecord } from '../../model'
import type { Dict } from './read'
import type { Report, RuleContext } from '../types'
import { liftedRaw } from './schemaWalk'
import { reportPerSubtree, sharedPerContext } from './shared'
import { resolvedKeys, type ResolvedKeys } from './walkKeys'

export interface ChartValues {
  readonly dep: ChartDependency
  readonly chart: ChartId
  readonly values: Dict
  /** Document path of the values map. */
  readonly path: SpecPath
}

/** The values maps of in-cluster dependencies (external ones install no chart). */
export function chartValuesOf(r: MilvusResource): ChartValues[] {
  const out: ChartValues[] = []
  for (const dep of CHART_DEPENDENCIES) {
    const block: unknown = r.spec.dependencies?.[dep]
    if (!isRecord(block) || block.external === true) continue
    const inCluster = block.inCluster
    if (!isRecord(inCluster) || !isRecord(inCluster.values)) continue
    out.push({
      dep,
      chart: chartFor(dep, inCluster.chartVersion),
      values: inCluster.values,
      path: ['spec', 'dependencies', dep, 'inCluster', 'values'],
    })
  }
  return out
}

/** Each values map with its keys listed and resolved against its chart's catalogue. */
export interface ChartValuesKeys extends ChartValues {
  /** The keys, listed and resolved on first read. */
  readonly keys: ResolvedKeys
  /** The values map as written (the parsed object; `values` is the normalized copy). */
  readonly written: unknown
}

/** `chartValuesOf` with the keys of each map, built once per context for every chart rule. */
export const chartValuesKeys = sharedPerContext((ctx): readonly ChartValuesKeys[] => {
  const raw = liftedRaw(ctx)
  return chartValuesOf(ctx.resource).map((cv) => {
    let keys: ResolvedKeys | undefined
    return {
      ...cv,
      written: getAtPath(raw, cv.path),
      get keys(): ResolvedKeys {
        keys ??= resolvedKeys(cv.values, cv.path, chartIndex(cv.chart))
        return keys
      },
    }
  })
})

/**
 * Runs a chart rule's check on each values map, or replays what the rule reported on the same
 * parsed map before (`reportPerSubtree`): after an edit outside a large values block, its walk is
 * neither built nor read again. `check` must read only `cv` (the map, its chart and its path).
 */
export function checkEachChartValues(
  ctx: RuleContext,
  rule: string,
  report: Report,
  check: (cv: ChartValuesKeys, report: Report) => void,
): void {
  for (const cv of chartValuesKeys(ctx))
    reportPerSubtree(
      ctx,
      cv.written,
      `${rule}\u0000${cv.chart}\u0000${cv.path.join('.')}`,
      report,
      (r) => check(cv, r),
    )
}
