/**
 * mixCoord and the four separate coordinators are alternatives. When `mixCoord` is present the
 * operator runs it and ignores rootCoord/dataCoord/queryCoord/indexCoord (see https://github.com/zilliztech/milvus-operator/blob/v1.3.8/apis/milvus.io/v1beta1/milvus_webhook.go#L388,
 * sample milvus_cluster_4coords.yaml). From 2.6 component-not-in-version reports them instead.
 */
import { COORDINATORS, effectiveMode, isMilvusAtLeast, isRecord } from '../../model'
import { defineRule } from '../defineRule'
import { deleteFix } from '../lib/fix'
import { SRC_COMPONENTS } from '../lib/sources'

export const coordinatorsMixedWithMixCoord = defineRule({
  id: 'coordinators-mixed-with-mixcoord',
  severity: 'warning',
  title: { en: 'Coordinators mixed with mixCoord', ko: 'mixCoord와 함께 쓴 코디네이터' },
  explanation: {
    en: 'A cluster runs either one mixCoord (all coordinator roles in one Deployment, the default) or four separate coordinators. When mixCoord is present the operator uses it, and the separate coordinator settings have no effect.',
    ko: '클러스터는 mixCoord 하나(모든 코디네이터 역할을 한 Deployment에서, 기본값) 또는 네 개의 개별 코디네이터 중 하나로 실행됩니다. mixCoord가 있으면 오퍼레이터는 그것을 쓰고 개별 코디네이터 설정은 효과가 없습니다.',
  },
  source: SRC_COMPONENTS,
  check(ctx, report) {
    const r = ctx.resource
    if (isMilvusAtLeast(r, 2, 6) || effectiveMode(r) !== 'cluster') return
    const components = r.spec.components
    if (!isRecord(components?.mixCoord)) return
    for (const coord of COORDINATORS) {
      if (!isRecord(components[coord])) continue
      const path = ['spec', 'components', coord]
      report(
        path,
        {
          en: `mixCoord is set, so the separate ${coord} is not used; remove ${coord}, or remove mixCoord to run the four coordinators.`,
          ko: `mixCoord가 설정되어 있어 개별 ${coord}은(는) 쓰이지 않습니다. ${coord}를 삭제하거나, 네 개의 코디네이터를 쓰려면 mixCoord를 삭제하세요.`,
        },
        { fix: deleteFix({ en: `Remove ${coord}`, ko: `${coord} 삭제` }, path) },
      )
    }
  },
})
