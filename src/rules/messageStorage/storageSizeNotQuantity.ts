/**
 * PVC sizes must be Kubernetes quantities (`10Gi`, `500M`); `10GB` is not one, and the operator
 * then fails to decode the claim spec (see https://github.com/zilliztech/milvus-operator/blob/v1.3.8/apis/milvus.io/v1beta1/milvus_webhook.go#L122).
 */
import { isKubernetesQuantity, isRecord } from '../../model'
import { defineRule } from '../defineRule'
import { setFix } from '../lib/fix'
import { BUILT_IN_STORES } from '../lib/mq'
import { persistencePath, pvcSpecOf } from '../lib/persistence'
import { suggestQuantity } from '../lib/quantity'
import { SRC_CRD } from '../lib/sources'

export const storageSizeNotQuantity = defineRule({
  id: 'storage-size-not-quantity',
  severity: 'error',
  title: {
    en: 'Volume size is not a Kubernetes quantity',
    ko: '볼륨 크기가 Kubernetes 수량 형식이 아닙니다',
  },
  explanation: {
    en: 'Kubernetes sizes use binary suffixes (Ki, Mi, Gi, Ti) or decimal ones (k, M, G, T) without a trailing B. A value like 10GB cannot be parsed, so the claim is rejected and the message store has no volume.',
    ko: 'Kubernetes 크기는 이진 접미사(Ki, Mi, Gi, Ti)나 십진 접미사(k, M, G, T)를 쓰며 끝에 B를 붙이지 않습니다. 10GB 같은 값은 해석할 수 없어 PVC가 거부되고 메시지 저장소에 볼륨이 생기지 않습니다.',
  },
  source: SRC_CRD,
  check(ctx, report) {
    for (const store of BUILT_IN_STORES) {
      const resources = pvcSpecOf(ctx.resource, store)?.resources
      if (!isRecord(resources)) continue
      for (const kind of ['requests', 'limits'] as const) {
        const size = isRecord(resources[kind]) ? resources[kind].storage : undefined
        if (
          size === undefined ||
          ((typeof size === 'string' || typeof size === 'number') && isKubernetesQuantity(size))
        )
          continue
        const path = [
          ...persistencePath(store),
          'persistentVolumeClaim',
          'spec',
          'resources',
          kind,
          'storage',
        ]
        const guess = typeof size === 'string' ? suggestQuantity(size) : undefined
        report(
          path,
          {
            en: `Storage size "${String(size)}" is not a Kubernetes quantity; write it like ${guess ?? '10Gi'}.`,
            ko: `저장소 크기 "${String(size)}"은(는) Kubernetes 수량 형식이 아닙니다. ${guess ?? '10Gi'}처럼 쓰세요.`,
          },
          guess ? { fix: setFix({ en: `Use ${guess}`, ko: `${guess} 사용` }, path, guess) } : {},
        )
      }
    }
  },
})
