/**
 * `inCluster.values` go to a Helm chart that has no values schema, so a key the chart does not know
 * is accepted and ignored. Each key is checked against the generated catalogue of the chart that
 * `chartVersion` selects (its values.yaml, the free-form maps its templates pass through, and the
 * milvus-helm defaults the operator merges in). Keys of the other chart version, operator fields
 * and the insides of Kubernetes objects other than `resources` are left to their own rules.
 */
import {
  chartIndex,
  otherChartVersion,
  type ChartId,
  type KeyIndex,
  type SpecPath,
  type Suggester,
} from '../../model'
import { defineRule } from '../defineRule'
import { checkEachChartValues } from '../lib/chartValues'
import { visitKeys } from '../lib/walkKeys'
import { renameFix } from '../lib/fix'
import type { UnknownKey } from '../lib/unknownKeys'
import { isRecord } from '../../model'
import type { Dict } from '../lib/read'
import type { Report } from '../types'
import { OPERATOR_FIELDS } from './chartValuesOperatorField'

const SRC =
  'Chart values.yaml of the charts operator v1.3.8 installs (bitnami etcd 6.3.3/8.12.0, milvus-helm minio 8.0.17, apache pulsar 2.7.8/3.3.0, bitnami kafka 15.5.1, tei 1.6.0)'
/** Names people carry over from other charts or from the Milvus CR. */
const ALIASES: Readonly<Record<string, string>> = {
  replicas: 'replicaCount',
  resource: 'resources',
}
const INSIDE_RESOURCES: Readonly<Record<string, string>> = {
  limit: 'limits',
  request: 'requests',
  Limits: 'limits',
  Requests: 'requests',
}
const BARE_RESOURCE_NAMES = ['cpu', 'memory', 'ephemeral-storage']

function chartLabel(id: ChartId): string {
  return id.replace(/-(\d)/, ' $1')
}

function rename(
  report: Report,
  path: SpecPath,
  from: string,
  to: string,
  value: unknown,
  where: string,
): void {
  report(
    path,
    {
      en: `"${from}" is not a key of ${where}, so the chart ignores it; did you mean "${to}"?`,
      ko: `"${from}"은(는) ${where}의 키가 아니어서 차트가 무시합니다. "${to}"을(를) 뜻하셨나요?`,
    },
    { fix: renameFix({ en: `Rename to ${to}`, ko: `${to}(으)로 이름 변경` }, path, to, value) },
  )
}

/** Kubernetes ResourceRequirements: only limits and requests, each a map of resource names. */
function checkResources(report: Report, res: Dict, path: SpecPath): void {
  for (const [key, value] of Object.entries(res)) {
    const to = INSIDE_RESOURCES[key]
    if (to !== undefined && !(to in res))
      rename(report, [...path, key], key, to, value, 'Kubernetes resources')
    else if (BARE_RESOURCE_NAMES.includes(key)) {
      report([...path, key], {
        en: `"${key}" sits directly under resources and is ignored; move it under limits or requests.`,
        ko: `"${key}"가 resources 바로 아래에 있어 무시됩니다. limits나 requests 아래로 옮기세요.`,
      })
    }
  }
}

function guessFor(key: string, known: Suggester): string | undefined {
  const alias = ALIASES[key]
  return alias !== undefined && known.has(alias) ? alias : known.suggest(key)
}

function reportUnknown(
  report: Report,
  { key, value, here, parent, known }: UnknownKey,
  chart: ChartId,
  suggester: Suggester,
): void {
  const where = `the ${chartLabel(chart)} chart`
  if ((key === 'requests' || key === 'limits') && known.includes('resources')) {
    report(here, {
      en: `"${key}" must sit under resources; here ${where} ignores it, so move it into resources.${key}.`,
      ko: `"${key}"는 resources 아래에 있어야 합니다. 여기서는 차트가 무시하므로 resources.${key}로 옮기세요.`,
    })
    return
  }
  const guess = guessFor(key, suggester)
  if (guess !== undefined && !(guess in parent)) rename(report, here, key, guess, value, where)
  else {
    const some = known.slice(0, 12).join(', ')
    report(here, {
      en: `"${key}" is not a key of ${where}, so the chart ignores it${some ? `; keys here: ${some}${known.length > 12 ? ', …' : ''}` : ''}.`,
      ko: `"${key}"은(는) ${where}의 키가 아니어서 차트가 무시합니다${some ? `. 여기서 쓸 수 있는 키: ${some}${known.length > 12 ? ', …' : ''}` : ''}.`,
    })
  }
  if (guess === 'resources' && isRecord(value)) checkResources(report, value, here)
}

/** Past this many unknown keys in one values block, the rest are counted in one finding (a did-you-mean each costs too much on pasted dumps). */
const MAX_REPORTED = 100

function knownElsewhere(other: KeyIndex | undefined, rel: readonly string[]): boolean {
  return other !== undefined && other.resolve(rel).kind !== 'unknown'
}

const ID = 'chart-values-unknown-key'

export const chartValuesUnknownKey = defineRule({
  id: ID,
  severity: 'warning',
  title: { en: 'Key the chart does not read', ko: '차트가 읽지 않는 키' },
  explanation: {
    en: "inCluster.values is handed to the dependency's Helm chart, and none of these charts has a values schema: a key the chart does not know (a typo such as resoureces or replicas, or a key from another chart) is accepted and silently does nothing. The keys come from the chart version that chartVersion selects.",
    ko: 'inCluster.values는 의존성의 Helm 차트에 전달되며, 이 차트들에는 values 스키마가 없습니다. 차트가 모르는 키(resoureces, replicas 같은 오타나 다른 차트의 키)는 받아들여지지만 조용히 아무 효과가 없습니다. 키 목록은 chartVersion이 고르는 차트 버전에서 가져옵니다.',
  },
  source: SRC,
  check(ctx, report) {
    checkEachChartValues(ctx, ID, report, (cv, report) => {
      const otherId = otherChartVersion(cv.chart)
      const other = otherId ? chartIndex(otherId) : undefined
      let unknown = 0
      visitKeys(cv.keys.nodes, (node, i) => {
        const { key, value, path: here, parent } = node
        if (node.depth === 0 && OPERATOR_FIELDS.includes(key)) return false
        const res = cv.keys.resolve(i)
        if (res.kind === 'open') return false
        if (res.kind === 'known') {
          if (res.entry.type === 'k' && key === 'resources' && isRecord(value))
            checkResources(report, value, here)
          return res.entry.type === 'o'
        }
        if (!knownElsewhere(other, node.rel) && ++unknown <= MAX_REPORTED) {
          const at = { key, value, here, parent, known: res.known }
          reportUnknown(report, at, cv.chart, cv.keys.index.suggester(res.known))
        }
        return false
      })
      if (unknown > MAX_REPORTED) {
        const rest = unknown - MAX_REPORTED
        report(cv.path, {
          en: `${rest} more keys here are not keys of the ${chartLabel(cv.chart)} chart either, so the chart ignores them; only the first ${MAX_REPORTED} are listed one by one.`,
          ko: `여기의 키 ${rest}개도 ${chartLabel(cv.chart)} 차트의 키가 아니어서 차트가 무시합니다. 처음 ${MAX_REPORTED}개만 하나씩 표시했습니다.`,
        })
      }
    })
  },
})
