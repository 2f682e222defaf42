/**
 * The chart each in-cluster dependency gets (operator v1.3.8 bundles one chart per dependency, two
 * for etcd and Pulsar chosen by `inCluster.chartVersion`) and its generated key catalogue.
 * Pure; an index is built on first use of its chart.
 */
import { CHART_ETCD_6_3_3 } from './generated/chartEtcd633'
import { CHART_ETCD_8_12_0 } from './generated/chartEtcd8120'
import { CHART_KAFKA_15_5_1 } from './generated/chartKafka1551'
import { CHART_MINIO_8_0_17 } from './generated/chartMinio8017'
import { CHART_PULSAR_2_7_8 } from './generated/chartPulsar278'
import { CHART_PULSAR_3_3_0 } from './generated/chartPulsar330'
import { CHART_TEI_1_6_0 } from './generated/chartTei160'
import type { ChartRow } from './catalogueTypes'
import { buildKeyIndex, type KeyIndex } from './keyIndex'

/** Dependencies whose `inCluster.values` go to a chart. */
export const CHART_DEPENDENCIES = ['etcd', 'storage', 'pulsar', 'kafka', 'tei'] as const
export type ChartDependency = (typeof CHART_DEPENDENCIES)[number]

/** Each chart's generated key catalogue, by chart id (`<chart>-<version>`). */
const ROWS = {
  'etcd-6.3.3': CHART_ETCD_6_3_3,
  'etcd-8.12.0': CHART_ETCD_8_12_0,
  'minio-8.0.17': CHART_MINIO_8_0_17,
  'pulsar-2.7.8': CHART_PULSAR_2_7_8,
  'pulsar-3.3.0': CHART_PULSAR_3_3_0,
  'kafka-15.5.1': CHART_KAFKA_15_5_1,
  'tei-1.6.0': CHART_TEI_1_6_0,
} as const satisfies Readonly<Record<string, readonly ChartRow[]>>
export type ChartId = keyof typeof ROWS
export const CHART_IDS = Object.keys(ROWS) as readonly ChartId[]

/** The chartVersion value that selects each chart (etcd and Pulsar only). */
export const CHART_VERSION_NAMES: Readonly<Partial<Record<ChartId, string>>> = {
  'etcd-6.3.3': 'etcd-v6',
  'etcd-8.12.0': 'etcd-v8',
  'pulsar-2.7.8': 'pulsar-v2',
  'pulsar-3.3.0': 'pulsar-v3',
}

/**
 * The chart the operator installs for `dep` given `inCluster.chartVersion`: etcd-v6 selects bitnami
 * etcd 6.3.3, anything else etcd 8.12.0 (the webhook's default and the fallback); pulsar-v2 selects
 * apache pulsar 2.7.8, anything else 3.3.0 (operator pkg/helm/values/values.go, Makefile v1.3.8).
 */
export function chartFor(dep: ChartDependency, chartVersion: unknown): ChartId {
  switch (dep) {
    case 'etcd':
      return chartVersion === 'etcd-v6' ? 'etcd-6.3.3' : 'etcd-8.12.0'
    case 'pulsar':
      return chartVersion === 'pulsar-v2' ? 'pulsar-2.7.8' : 'pulsar-3.3.0'
    case 'kafka':
      return 'kafka-15.5.1'
    case 'storage':
      return 'minio-8.0.17'
    case 'tei':
      return 'tei-1.6.0'
  }
}

/** The other major version of the same chart (etcd 6 and 8, Pulsar 2 and 3), if there is one. */
export function otherChartVersion(id: ChartId): ChartId | undefined {
  const pairs: Partial<Record<ChartId, ChartId>> = {
    'etcd-6.3.3': 'etcd-8.12.0',
    'etcd-8.12.0': 'etcd-6.3.3',
    'pulsar-2.7.8': 'pulsar-3.3.0',
    'pulsar-3.3.0': 'pulsar-2.7.8',
  }
  return pairs[id]
}

const indexes = new Map<ChartId, KeyIndex>()

/** The key index of one chart version (built once). */
export function chartIndex(id: ChartId): KeyIndex {
  const known = indexes.get(id)
  if (known) return known
  const built = buildKeyIndex(ROWS[id])
  indexes.set(id, built)
  return built
}
