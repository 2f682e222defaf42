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
import { isRecord } from '../../model'
import type { Dict } from './read'
import { sharedPerContext } from './shared'
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
  readonly keys: ResolvedKeys
}

/** `chartValuesOf` with the keys of each map, built once per context for every chart rule. */
export const chartValuesKeys = sharedPerContext((ctx): readonly ChartValuesKeys[] =>
  chartValuesOf(ctx.resource).map((cv) => ({
    ...cv,
    keys: resolvedKeys(cv.values, cv.path, chartIndex(cv.chart)),
  })),
)
