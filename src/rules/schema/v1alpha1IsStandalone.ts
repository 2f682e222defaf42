/**
 * A `milvus.io/v1alpha1` Milvus is always standalone after the operator's conversion; it cannot
 * say `mode: cluster` (see https://github.com/zilliztech/milvus-operator/blob/v1.3.8/apis/milvus.io/v1alpha1/milvus_webhook.go#L33). The docs use it for every Pulsar and Kafka example (https://milvus.io/docs/message_storage_operator.md).
 */
import { effectiveMsgStreamType, v1alpha1ToV1beta1Patches } from '../../model'
import { defineRule } from '../defineRule'
import { SRC_CONVERSION } from '../lib/sources'
import type { Fix } from '../types'

/** Converts the document; the moved fields come along, so the fix is offered on any v1alpha1 Milvus. */
function toBeta(raw: unknown): Fix {
  return {
    title: { en: 'Use milvus.io/v1beta1', ko: 'milvus.io/v1beta1 사용' },
    patches: v1alpha1ToV1beta1Patches(raw),
  }
}

export const v1alpha1IsStandalone = defineRule({
  id: 'v1alpha1-is-standalone',
  severity: 'info',
  title: {
    en: 'v1alpha1 Milvus is always standalone',
    ko: 'v1alpha1 Milvus는 항상 standalone입니다',
  },
  explanation: {
    en: 'The operator converts a milvus.io/v1alpha1 Milvus into a v1beta1 Milvus in standalone mode; v1alpha1 has no spec.mode and drops cluster settings. Examples that deploy Pulsar or Kafka with it still run a single standalone pod. Use milvus.io/v1beta1 and set spec.mode.',
    ko: '오퍼레이터는 milvus.io/v1alpha1 Milvus를 스탠드얼론 모드의 v1beta1 Milvus로 변환합니다. v1alpha1에는 spec.mode가 없고 클러스터 설정은 버려집니다. Pulsar나 Kafka를 배포하는 예제라도 스탠드얼론 파드 하나로 실행됩니다. milvus.io/v1beta1을 쓰고 spec.mode를 지정하세요.',
  },
  source: SRC_CONVERSION,
  needsWholeResource: true,
  check(ctx, report) {
    if (ctx.original.apiVersion !== 'milvus.io/v1alpha1' || ctx.original.kind !== 'Milvus') return
    const stream = effectiveMsgStreamType(ctx.resource)
    const name = ctx.resource.metadata.name ?? ''
    // A shared store or a "cluster" name suggests the author expected a cluster.
    const deps = ctx.resource.spec.dependencies
    const usesShared =
      stream === 'pulsar' ||
      stream === 'kafka' ||
      deps?.pulsar !== undefined ||
      deps?.kafka !== undefined
    const looksCluster = usesShared || /cluster/i.test(name)
    report(
      ['apiVersion'],
      {
        en: `milvus.io/v1alpha1 Milvus always runs in standalone mode${usesShared ? ', even with Pulsar or Kafka' : ''}; switch to apiVersion milvus.io/v1beta1 and set spec.mode (cluster or standalone).`,
        ko: `milvus.io/v1alpha1 Milvus는 ${usesShared ? 'Pulsar나 Kafka를 쓰더라도 ' : ''}항상 스탠드얼론 모드로 실행됩니다. apiVersion을 milvus.io/v1beta1로 바꾸고 spec.mode(cluster 또는 standalone)를 지정하세요.`,
      },
      { severity: looksCluster ? 'warning' : 'info', fix: toBeta(ctx.raw) },
    )
  },
})
