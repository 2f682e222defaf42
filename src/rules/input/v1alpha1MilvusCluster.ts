/**
 * milvus.io/v1alpha1 MilvusCluster is the old cluster API: the operator copies it into a v1beta1
 * Milvus of the same name with mode: cluster. Like v1alpha1 Milvus, it should be written as v1beta1.
 */
import { isRecord, liftToV1beta1 } from '../../model'
import { defineRule } from '../defineRule'
import { SRC_CONVERSION } from '../lib/sources'

export const v1alpha1MilvusCluster = defineRule({
  id: 'v1alpha1-milvus-cluster',
  severity: 'info',
  title: {
    en: 'v1alpha1 MilvusCluster is deprecated',
    ko: 'v1alpha1 MilvusCluster는 더 이상 권장되지 않음',
  },
  explanation: {
    en: 'The operator still serves milvus.io/v1alpha1 MilvusCluster, but only by copying it into a milvus.io/v1beta1 Milvus with spec.mode: cluster; new fields (streaming node, Woodpecker, deployment groups) exist only in v1beta1. Write the v1beta1 resource directly.',
    ko: '오퍼레이터는 milvus.io/v1alpha1 MilvusCluster를 아직 받지만, spec.mode: cluster인 milvus.io/v1beta1 Milvus로 복사할 뿐입니다. 새 필드(스트리밍 노드, Woodpecker, 배포 그룹)는 v1beta1에만 있습니다. v1beta1 리소스를 직접 쓰세요.',
  },
  source: SRC_CONVERSION,
  needsWholeResource: true,
  check(ctx, report) {
    if (ctx.original.apiVersion !== 'milvus.io/v1alpha1' || ctx.original.kind !== 'MilvusCluster')
      return
    const lifted = liftToV1beta1(ctx.raw).value
    const spec = isRecord(lifted) && isRecord(lifted.spec) ? lifted.spec : { mode: 'cluster' }
    report(
      ['apiVersion'],
      {
        en: 'milvus.io/v1alpha1 MilvusCluster is deprecated: the operator turns it into a milvus.io/v1beta1 Milvus in cluster mode; write that resource instead (apiVersion milvus.io/v1beta1, kind Milvus, spec.mode: cluster).',
        ko: 'milvus.io/v1alpha1 MilvusCluster는 더 이상 권장되지 않습니다. 오퍼레이터는 이를 클러스터 모드의 milvus.io/v1beta1 Milvus로 바꿉니다. 그 리소스를 직접 쓰세요(apiVersion milvus.io/v1beta1, kind Milvus, spec.mode: cluster).',
      },
      {
        fix: {
          title: {
            en: 'Lift to milvus.io/v1beta1 Milvus',
            ko: 'milvus.io/v1beta1 Milvus로 올리기',
          },
          patches: [
            { op: 'set', path: ['apiVersion'], value: 'milvus.io/v1beta1' },
            { op: 'set', path: ['kind'], value: 'Milvus' },
            { op: 'set', path: ['spec'], value: spec },
          ],
        },
      },
    )
  },
})
