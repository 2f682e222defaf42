/**
 * etcd and Pulsar each come in two chart versions (etcd-v6/etcd-v8, pulsar-v2/pulsar-v3) and the
 * keys changed between them. A key that only the other version knows is ignored by the chart that
 * `chartVersion` selects. Where the key was renamed, the fix moves the value to the new name
 * (etcd 8.12.0 values.yaml `service.ports.*`, `service.nodePorts.*`; pulsar 3.3.0
 * `pulsar_manager.admin.ui_username/ui_password`).
 */
import {
  CHART_VERSION_NAMES,
  chartIndex,
  otherChartVersion,
  type ChartId,
  type SpecPath,
} from '../../model'
import { defineRule } from '../defineRule'
import { checkEachChartValues } from '../lib/chartValues'
import { visitKeys } from '../lib/walkKeys'
import { isRecord } from '../../model'
import type { Fix } from '../types'

/** Renamed keys, per target chart: the other version's key -> this chart's key (values-relative). */
const RENAMES: Readonly<Partial<Record<ChartId, Readonly<Record<string, string>>>>> = {
  'etcd-6.3.3': {
    'service.ports.client': 'service.port',
    'service.ports.peer': 'service.peerPort',
    'service.nodePorts.client': 'service.nodePorts.clientPort',
    'service.nodePorts.peer': 'service.nodePorts.peerPort',
  },
  'pulsar-3.3.0': {
    'pulsar_manager.admin.user': 'pulsar_manager.admin.ui_username',
    'pulsar_manager.admin.password': 'pulsar_manager.admin.ui_password',
  },
  'pulsar-2.7.8': {
    'pulsar_manager.admin.ui_username': 'pulsar_manager.admin.user',
    'pulsar_manager.admin.ui_password': 'pulsar_manager.admin.password',
  },
}

function moveFix(valuesPath: SpecPath, from: string, to: string, value: unknown): Fix {
  return {
    title: { en: `Rename to ${to}`, ko: `${to}(으)로 이름 변경` },
    patches: [
      { op: 'delete', path: [...valuesPath, ...from.split('.')] },
      { op: 'set', path: [...valuesPath, ...to.split('.')], value },
    ],
  }
}

const ID = 'chart-values-other-version'

export const chartValuesOtherVersion = defineRule({
  id: ID,
  severity: 'warning',
  title: { en: 'Key of the other chart version', ko: '다른 차트 버전의 키' },
  explanation: {
    en: 'The operator installs etcd chart 6.3.3 for chartVersion etcd-v6 and 8.12.0 otherwise, and Pulsar chart 2.7.8 for pulsar-v2 and 3.3.0 otherwise. Some keys were renamed or removed between those versions; a key of the version you are not installing is ignored.',
    ko: '오퍼레이터는 chartVersion이 etcd-v6이면 etcd 차트 6.3.3을, 아니면 8.12.0을 설치하고, pulsar-v2이면 Pulsar 차트 2.7.8을, 아니면 3.3.0을 설치합니다. 두 버전 사이에 이름이 바뀌거나 없어진 키가 있어, 설치하지 않는 버전의 키는 무시됩니다.',
  },
  source:
    'Chart values.yaml: bitnami etcd 6.3.3 vs 8.12.0, apache pulsar 2.7.8 vs 3.3.0 (the charts operator v1.3.8 bundles)',
  check(ctx, report) {
    checkEachChartValues(ctx, ID, report, (cv, report) => {
      const otherId = otherChartVersion(cv.chart)
      if (!otherId) return
      const other = chartIndex(otherId)
      const name = CHART_VERSION_NAMES[cv.chart] ?? cv.chart
      const otherName = CHART_VERSION_NAMES[otherId] ?? otherId
      visitKeys(cv.keys.nodes, (node, i) => {
        const res = cv.keys.resolve(i)
        if (res.kind === 'known') return res.entry.type === 'o'
        if (res.kind === 'open') return false
        const { value, path: here, rel } = node
        const there = other.resolve(rel)
        if (there.kind === 'unknown') return false
        const dotted = rel.join('.')
        // A section that holds renamed keys: report its leaves, which the fix can move.
        const renames = Object.keys(RENAMES[cv.chart] ?? {})
        if (
          there.kind === 'known' &&
          isRecord(value) &&
          renames.some((r) => r.startsWith(`${dotted}.`))
        )
          return true
        const to = RENAMES[cv.chart]?.[dotted]
        report(
          here,
          {
            en: `${dotted} is a key of the ${otherName} chart; the ${name} chart that this resource gets ignores it${to ? `, where it is called ${to}` : `. Set chartVersion: ${otherName} if you run that chart, or remove the key`}.`,
            ko: `${dotted}는 ${otherName} 차트의 키입니다. 이 리소스가 받는 ${name} 차트는 이를 무시합니다${to ? `. 이 차트에서는 ${to}입니다` : `. 그 차트를 쓴다면 chartVersion: ${otherName}으로 지정하고, 아니면 키를 지우세요`}.`,
          },
          to ? { fix: moveFix(cv.path, dotted, to, value) } : {},
        )
        return false
      })
    })
  },
})
