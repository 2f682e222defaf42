/**
 * `inCluster.values` is free-form, so a misspelt chart key (`resoureces`, `limit`, `replicas`)
 * passes every check and does nothing (reference §12.3). Look for the common slips.
 */
import { didYouMean, type SpecPath, isRecord } from '../../model'
import { defineRule } from '../defineRule'
import { renameFix } from '../lib/fix'
import { DEPS } from '../lib/mq'
import { SRC_CHARTS } from '../lib/sources'
import type { Report } from '../types'
import { type Dict } from '../lib/read'

const MAX_DEPTH = 6
/** Keys every component of the Pulsar and Kafka charts uses; a near miss of one is a typo. */
const COMMON_KEYS = ['resources', 'replicaCount', 'persistence', 'configData', 'nodeSelector', 'tolerations', 'affinity']
const INSIDE_RESOURCES: Readonly<Record<string, string>> = { limit: 'limits', request: 'requests', Limits: 'limits', Requests: 'requests' }
const BARE_RESOURCE_NAMES = ['cpu', 'memory', 'ephemeral-storage']

function rename(report: Report, path: SpecPath, key: string, to: string, value: unknown): void {
  report(path, {
    en: `"${key}" is not a chart key and is ignored; did you mean "${to}"?`,
    ko: `"${key}"은(는) 차트 키가 아니어서 무시됩니다. "${to}"을(를) 뜻하셨나요?`,
  }, { fix: renameFix({ en: `Rename to ${to}`, ko: `${to}(으)로 이름 변경` }, path, to, value) })
}

function checkResources(report: Report, res: Dict, path: SpecPath): void {
  for (const [key, value] of Object.entries(res)) {
    const to = INSIDE_RESOURCES[key]
    if (to !== undefined && !(to in res)) rename(report, [...path, key], key, to, value)
    else if (BARE_RESOURCE_NAMES.includes(key)) {
      report([...path, key], {
        en: `"${key}" sits directly under resources and is ignored; move it under limits or requests.`,
        ko: `"${key}"가 resources 바로 아래에 있어 무시됩니다. limits나 requests 아래로 옮기세요.`,
      })
    }
  }
}

function walk(report: Report, node: Dict, path: SpecPath, depth: number): void {
  if (depth > MAX_DEPTH) return
  for (const [key, value] of Object.entries(node)) {
    const here = [...path, key]
    const guess = COMMON_KEYS.includes(key) ? undefined : didYouMean(key, COMMON_KEYS)
    if (guess !== undefined && !(guess in node)) rename(report, here, key, guess, value)
    if (key === 'replicas' && !('replicaCount' in node) && typeof value !== 'object') rename(report, here, key, 'replicaCount', value)
    const isTypo = guess === 'resources'
    if (!isRecord(value)) continue
    if (key === 'resources' || isTypo) {
      checkResources(report, value, here)
      continue
    }
    if ((key === 'requests' || key === 'limits') && BARE_RESOURCE_NAMES.some((n) => n in value)) {
      report(here, {
        en: `"${key}" must sit under resources; here the chart ignores it, so move it into resources.${key}.`,
        ko: `"${key}"는 resources 아래에 있어야 합니다. 여기서는 차트가 무시하므로 resources.${key}로 옮기세요.`,
      })
      continue
    }
    walk(report, value, here, depth + 1)
  }
}

export const chartValuesTypo = defineRule({
  id: 'chart-values-typo',
  severity: 'warning',
  title: { en: 'Likely typo in chart values', ko: '차트 값의 오타 가능성' },
  explanation: {
    en: 'inCluster.values is handed to the Pulsar or Kafka Helm chart as is. The charts ignore keys they do not know, so a misspelt key such as resoureces, limit or replicas silently leaves the default in place.',
    ko: 'inCluster.values는 Pulsar나 Kafka Helm 차트에 그대로 전달됩니다. 차트는 모르는 키를 무시하므로 resoureces, limit, replicas 같은 오타는 조용히 기본값을 그대로 둡니다.',
  },
  source: SRC_CHARTS,
  check(ctx, report) {
    for (const store of ['pulsar', 'kafka'] as const) {
      const values: unknown = ctx.resource.spec.dependencies?.[store]?.inCluster?.values
      if (isRecord(values)) walk(report, values, [...DEPS, store, 'inCluster', 'values'], 0)
    }
  },
})
