/**
 * Deployment group replicas are required by the webhook: unlike a component, a group has no
 * default size (see https://github.com/zilliztech/milvus-operator/blob/v1.3.8/apis/milvus.io/v1beta1/milvus_webhook.go#L198). The value's type and range (an integer, at least -1) are
 * CRD schema facts, reported by the generic schema-value rule.
 */
import { defineRule } from '../defineRule'
import { setFix } from '../lib/fix'
import { groupEntries } from '../lib/groups'
import { SRC_GROUPS_WEBHOOK } from '../lib/sources'

export const deploymentGroupReplicas = defineRule({
  id: 'deployment-group-replicas',
  severity: 'error',
  title: { en: 'Invalid deployment group replicas', ko: '잘못된 배포 그룹 replicas' },
  explanation: {
    en: 'Unlike a component, a deployment group has no default size: the webhook requires replicas on every group, either a count of 0 or more or -1 to let a HorizontalPodAutoscaler manage it.',
    ko: '컴포넌트와 달리 배포 그룹에는 기본 크기가 없습니다. 웹훅은 모든 그룹에 replicas를 요구하며, 값은 0 이상의 개수이거나 HorizontalPodAutoscaler에 맡기는 -1이어야 합니다.',
  },
  source: SRC_GROUPS_WEBHOOK,
  check(ctx, report) {
    for (const { component, index, group, path } of groupEntries(ctx.resource)) {
      if (group.replicas !== undefined && group.replicas !== null) continue
      const at = [...path, 'replicas']
      const label =
        typeof group.name === 'string' && group.name !== '' ? group.name : `#${index + 1}`
      report(
        at,
        {
          en: `deployment group replicas is required: set replicas on ${component} group ${label} (a count, or -1 for an HPA).`,
          ko: `deployment group replicas is required: ${component} 그룹 ${label}에 replicas(개수, 또는 HPA용 -1)를 지정하세요.`,
        },
        { fix: setFix({ en: 'Set 1 replica', ko: 'replicas 1로 설정' }, at, 1) },
      )
    }
  },
})
