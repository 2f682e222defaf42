/**
 * A container's request may not exceed its limit: the API server rejects the pod template
 * ("must be less than or equal to ... limit"), so the component's Deployment never gets pods.
 */
import { parseQuantity } from '../../model'
import { defineRule } from '../defineRule'
import { setFix } from '../lib/fix'
import { resourceBlocks } from '../lib/resources'
import { SRC_K8S_QUANTITY } from '../lib/sources'

function amount(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined
  return typeof value === 'string' ? parseQuantity(value) : undefined
}

export const resourcesRequestsWithinLimits = defineRule({
  id: 'resources-requests-within-limits',
  severity: 'error',
  title: { en: 'Request above limit', ko: '한도보다 큰 요청' },
  explanation: {
    en: 'Kubernetes schedules a pod by its requests and caps it at its limits, so a request larger than the limit is contradictory and the API server rejects the pod spec. Lower the request or raise the limit.',
    ko: 'Kubernetes는 요청(requests)으로 파드를 배치하고 한도(limits)로 사용량을 제한하므로, 요청이 한도보다 크면 모순이 되어 API 서버가 파드 명세를 거부합니다. 요청을 낮추거나 한도를 높이세요.',
  },
  source: SRC_K8S_QUANTITY,
  check(ctx, report) {
    for (const b of resourceBlocks(ctx.resource)) {
      if (!b.limits || !b.requests) continue
      for (const [resource, requested] of Object.entries(b.requests)) {
        const limitValue = b.limits[resource]
        const req = amount(requested)
        const lim = amount(limitValue)
        if (req === undefined || lim === undefined || req <= lim) continue
        const path = [...b.path, 'requests', resource]
        const where = b.owner === 'components' ? 'components.resources' : `${b.owner}.resources`
        report(
          path,
          {
            en: `${where} requests ${resource} ${String(requested)}, more than its limit ${String(limitValue)}; lower the request or raise the limit.`,
            ko: `${where}의 ${resource} 요청 ${String(requested)}이(가) 한도 ${String(limitValue)}보다 큽니다. 요청을 낮추거나 한도를 높이세요.`,
          },
          {
            fix: setFix(
              {
                en: `Request ${String(limitValue)}`,
                ko: `요청을 ${String(limitValue)}(으)로 설정`,
              },
              path,
              limitValue,
            ),
          },
        )
      }
    }
  },
})
