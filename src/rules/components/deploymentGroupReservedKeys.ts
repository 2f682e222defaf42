/**
 * Labels and annotations on deployment groups may not use the prefixes the operator and
 * Kubernetes keep for themselves (webhook group checks, see https://github.com/zilliztech/milvus-operator/blob/v1.3.8/apis/milvus.io/v1beta1/milvus_webhook.go#L198): labels
 * `milvus.io/` and `app.kubernetes.io/`; annotations those two plus `kubernetes.io/` and `k8s.io/`.
 */
import { defineRule } from '../defineRule'
import { deleteFix } from '../lib/fix'
import { groupEntries, isReservedAnnotation, isReservedLabel } from '../lib/groups'
import { SRC_GROUPS_WEBHOOK } from '../lib/sources'
import { isRecord } from '../../model'

export const deploymentGroupReservedKeys = defineRule({
  id: 'deployment-group-reserved-keys',
  severity: 'error',
  title: {
    en: 'Reserved label or annotation on a group',
    ko: '배포 그룹의 예약된 레이블 또는 어노테이션',
  },
  explanation: {
    en: 'The operator uses labels under milvus.io/ and app.kubernetes.io/ to select and track its pods, and Kubernetes owns annotations under kubernetes.io/ and k8s.io/. The webhook rejects deployment groups that set them; pick your own prefix, such as topology.example.com/zone.',
    ko: '오퍼레이터는 milvus.io/, app.kubernetes.io/ 레이블로 파드를 선택하고 추적하며, kubernetes.io/, k8s.io/ 어노테이션은 Kubernetes가 관리합니다. 배포 그룹에 이런 키를 넣으면 웹훅이 거부하므로, topology.example.com/zone처럼 자신만의 접두사를 쓰세요.',
  },
  source: SRC_GROUPS_WEBHOOK,
  check(ctx, report) {
    for (const { group, path } of groupEntries(ctx.resource)) {
      const kinds = [
        {
          field: 'labels',
          isReserved: isReservedLabel,
          text: 'label is reserved by milvus-operator',
        },
        {
          field: 'annotations',
          isReserved: isReservedAnnotation,
          text: 'annotation is reserved by milvus-operator or Kubernetes',
        },
      ] as const
      for (const { field, isReserved, text } of kinds) {
        const map: unknown = group[field]
        if (!isRecord(map)) continue
        for (const key of Object.keys(map).filter(isReserved)) {
          const at = [...path, field, key]
          report(
            at,
            {
              en: `${text}: remove "${key}" from this group or move it under a prefix of your own.`,
              ko: `${text}: 이 그룹에서 "${key}"를 지우거나 자신만의 접두사 아래로 옮기세요.`,
            },
            { fix: deleteFix({ en: `Remove ${key}`, ko: `${key} 삭제` }, at) },
          )
        }
      }
    }
  },
})
