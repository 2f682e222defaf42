/**
 * In-cluster etcd member count (`etcd.inCluster.values.replicaCount`). etcd needs a majority of
 * members, so an even count tolerates no more failures than one member fewer (see https://github.com/zilliztech/milvus-operator/blob/v1.3.8/apis/milvus.io/v1beta1/dependencies_types.go#L88);
 * zero or a negative count leaves Milvus without metadata storage.
 */
import { effectiveMode, type MilvusResource } from '../../model'
import { defineRule } from '../defineRule'
import { setFix } from '../lib/fix'
import { SRC_ETCD_QUORUM } from '../lib/sources'

const PATH = ['spec', 'dependencies', 'etcd', 'inCluster', 'values', 'replicaCount'] as const

function defaultReplicas(r: MilvusResource): number {
  return effectiveMode(r) === 'cluster' ? 3 : 1
}

export const etcdReplicasOdd = defineRule({
  id: 'etcd-replicas-odd',
  severity: 'warning',
  title: { en: 'etcd member count', ko: 'etcd 멤버 수' },
  explanation: {
    en: 'etcd keeps working while a majority of its members is up. Three members survive one failure and four members also survive only one, so an even count adds cost without adding safety. With no members, Milvus has nowhere to keep its metadata and does not start.',
    ko: 'etcd는 멤버의 과반수가 살아 있는 동안 동작합니다. 3개 멤버는 1개 장애를 견디고 4개 멤버도 1개까지만 견디므로, 짝수 멤버는 안전성은 그대로인 채 비용만 늘립니다. 멤버가 없으면 Milvus가 메타데이터를 저장할 곳이 없어 시작하지 않습니다.',
  },
  source: SRC_ETCD_QUORUM,
  check(ctx, report) {
    const r = ctx.resource
    const etcd = r.spec.dependencies?.etcd
    if (etcd?.external === true) return
    const count = etcd?.inCluster?.values?.replicaCount
    if (typeof count !== 'number' || !Number.isFinite(count)) return
    if (count < 1 || !Number.isInteger(count)) {
      const target = count < 1 ? defaultReplicas(r) : Math.max(1, Math.round(count) | 1)
      report(
        PATH,
        {
          en: `etcd replicaCount ${count} is not a usable member count; set a positive odd number such as ${target}.`,
          ko: `etcd replicaCount ${count}은(는) 쓸 수 없는 멤버 수입니다. ${target}처럼 양의 홀수로 설정하세요.`,
        },
        {
          severity: 'error',
          fix: setFix({ en: `Use ${target} members`, ko: `멤버 ${target}개 사용` }, PATH, target),
        },
      )
      return
    }
    if (count % 2 !== 0) return
    const target = count + 1
    report(
      PATH,
      {
        en: `${count} etcd members survive no more failures than ${count - 1}; use an odd count such as ${target} (or ${count - 1}).`,
        ko: `etcd 멤버 ${count}개는 ${count - 1}개보다 더 많은 장애를 견디지 못하므로 ${target}개(또는 ${count - 1}개)처럼 홀수로 설정하세요.`,
      },
      { fix: setFix({ en: `Use ${target} members`, ko: `멤버 ${target}개 사용` }, PATH, target) },
    )
  },
})
