/**
 * `etcd.inCluster.chartVersion` has no CRD enum, but the operator ships only two etcd charts:
 * `etcd-v6` (6.3.3) and `etcd-v8` (8.12.0), and supports only those majors (see https://github.com/zilliztech/milvus-operator/blob/v1.3.8/apis/milvus.io/v1beta1/dependencies_types.go#L100).
 */
import { defineRule } from '../defineRule'
import { setFix } from '../lib/fix'
import { SRC_DEPS_TYPES } from '../lib/sources'

const PATH = ['spec', 'dependencies', 'etcd', 'inCluster', 'chartVersion'] as const
const KNOWN: readonly string[] = ['etcd-v6', 'etcd-v8']

export const etcdChartVersionKnown = defineRule({
  id: 'etcd-chart-version-known',
  severity: 'warning',
  title: { en: 'Unknown etcd chart version', ko: '알 수 없는 etcd 차트 버전' },
  explanation: {
    en: 'The operator bundles two etcd charts, etcd-v6 and etcd-v8, and supports no other major version. Leave chartVersion out on a new resource to get etcd-v8; keep etcd-v6 only for a release that already runs chart 6.',
    ko: '오퍼레이터에는 etcd-v6과 etcd-v8 두 개의 etcd 차트만 들어 있고 다른 메이저 버전은 지원하지 않습니다. 새 리소스라면 chartVersion을 비워 etcd-v8을 쓰고, 이미 차트 6으로 동작 중인 릴리스에서만 etcd-v6을 유지하세요.',
  },
  source: SRC_DEPS_TYPES,
  check(ctx, report) {
    const etcd = ctx.resource.spec.dependencies?.etcd
    if (etcd?.external === true) return
    const chart: unknown = etcd?.inCluster?.chartVersion
    if (chart === undefined || chart === '' || KNOWN.includes(chart as string)) return
    const shown = typeof chart === 'string' ? chart : JSON.stringify(chart)
    report(
      PATH,
      {
        en: `etcd chartVersion "${shown}" is not one the operator ships; use etcd-v8 (or etcd-v6 for an existing chart 6 release).`,
        ko: `etcd chartVersion "${shown}"은(는) 오퍼레이터가 제공하는 값이 아닙니다. etcd-v8을 쓰세요(기존 차트 6 릴리스라면 etcd-v6).`,
      },
      { fix: setFix({ en: 'Use etcd-v8', ko: 'etcd-v8 사용' }, PATH, 'etcd-v8') },
    )
  },
})
