/**
 * The bundled etcd chart changed a key between versions: chart 6 (`etcd-v6`) reads
 * `auth.rbac.enabled`, chart 8 (`etcd-v8`, the default for new resources) reads `auth.rbac.create`
 * and turns RBAC on by default. The key the chart does not know is ignored (see https://github.com/zilliztech/milvus-operator/blob/v1.3.8/apis/milvus.io/v1beta1/dependencies_types.go#L100, https://github.com/zilliztech/milvus-operator/blob/v1.3.8/docs/administration/manage-dependencies/meta-storage.md).
 */
import type { SpecPath } from '../../model'
import { defineRule } from '../defineRule'
import { deleteFix, renameFix } from '../lib/fix'
import { SRC_ETCD_CHART } from '../lib/sources'
import { isRecord } from '../../model'

const RBAC_PATH: SpecPath = ['spec', 'dependencies', 'etcd', 'inCluster', 'values', 'auth', 'rbac']
const KEY_FOR_CHART = { 'etcd-v6': 'enabled', 'etcd-v8': 'create' } as const

export const etcdRbacKeyMatchesChart = defineRule({
  id: 'etcd-rbac-key-matches-chart',
  severity: 'warning',
  title: { en: 'etcd RBAC key does not match the chart', ko: 'etcd 차트와 맞지 않는 RBAC 키' },
  explanation: {
    en: 'The etcd chart 8 (etcd-v8, what the operator installs for new resources) renamed auth.rbac.enabled to auth.rbac.create and enables RBAC unless told otherwise; chart 6 (etcd-v6) only reads auth.rbac.enabled. A key for the other chart is silently ignored, so RBAC may be on or off against your intent.',
    ko: 'etcd 차트 8(etcd-v8, 오퍼레이터가 새 리소스에 설치하는 차트)은 auth.rbac.enabled를 auth.rbac.create로 바꾸었고 따로 지정하지 않으면 RBAC를 켭니다. 차트 6(etcd-v6)은 auth.rbac.enabled만 읽습니다. 다른 차트의 키는 조용히 무시되므로 RBAC가 의도와 다르게 켜지거나 꺼질 수 있습니다.',
  },
  source: SRC_ETCD_CHART,
  check(ctx, report) {
    const etcd = ctx.resource.spec.dependencies?.etcd
    if (etcd?.external === true) return
    const chart = etcd?.inCluster?.chartVersion ?? 'etcd-v8'
    if (chart !== 'etcd-v6' && chart !== 'etcd-v8') return
    const rbac: unknown = (etcd?.inCluster?.values?.auth as Record<string, unknown> | undefined)
      ?.rbac
    if (!isRecord(rbac)) return
    const right = KEY_FOR_CHART[chart]
    const wrong = chart === 'etcd-v8' ? 'enabled' : 'create'
    if (!Object.hasOwn(rbac, wrong)) return
    const path = [...RBAC_PATH, wrong]
    const both = Object.hasOwn(rbac, right)
    const title = both
      ? { en: `Remove auth.rbac.${wrong}`, ko: `auth.rbac.${wrong} 삭제` }
      : { en: `Rename to auth.rbac.${right}`, ko: `auth.rbac.${right}(으)로 이름 변경` }
    report(
      path,
      {
        en: `The ${chart} chart ignores auth.rbac.${wrong}; ${both ? 'remove it and keep' : 'rename it to'} auth.rbac.${right}.`,
        ko: `${chart} 차트는 auth.rbac.${wrong}을(를) 무시하므로 ${both ? `이 키를 지우고 auth.rbac.${right}만 남기세요` : `auth.rbac.${right}(으)로 이름을 바꾸세요`}.`,
      },
      { fix: both ? deleteFix(title, path) : renameFix(title, path, right, rbac[wrong]) },
    )
  },
})
