/**
 * With an in-cluster etcd the operator fills `etcd.endpoints` only when it is empty (one address
 * per member of `<name>-etcd-headless`). Addresses written by hand are kept and given to Milvus,
 * which then talks to them instead of the etcd the operator deploys (see https://github.com/zilliztech/milvus-operator/blob/v1.3.8/apis/milvus.io/v1beta1/milvus_webhook.go#L511).
 */
import type { MilvusResource } from '../../model'
import { defineRule } from '../defineRule'
import { deleteFix } from '../lib/fix'
import { escapeRegExp, resourceName } from '../lib/read'
import { SRC_WEBHOOK_DEFAULTS } from '../lib/sources'

const PATH = ['spec', 'dependencies', 'etcd', 'endpoints'] as const

/** Addresses the operator itself writes (a resource read back from a cluster carries them). */
function isGenerated(r: MilvusResource, endpoint: unknown): boolean {
  if (typeof endpoint !== 'string') return false
  const name = escapeRegExp(resourceName(r))
  const generated = new RegExp(
    `^${name}-etcd(-\\d+\\.${name}-etcd-headless)?\\.[a-z0-9-]+(\\.svc(\\.[a-z0-9.-]+)?)?:2379$`,
  )
  return generated.test(endpoint.trim())
}

export const etcdEndpointsInCluster = defineRule({
  id: 'etcd-endpoints-in-cluster',
  severity: 'warning',
  title: { en: 'Endpoints on an in-cluster etcd', ko: '클러스터 내부 etcd에 지정한 엔드포인트' },
  explanation: {
    en: 'When etcd is in-cluster the operator deploys it and, if endpoints is empty, points Milvus at its members. Endpoints you write are kept as they are, so Milvus uses them and the deployed etcd sits unused. Either remove them or mark etcd as external.',
    ko: 'etcd가 클러스터 내부이면 오퍼레이터가 etcd를 배포하고, endpoints가 비어 있을 때 Milvus가 그 멤버를 보도록 채웁니다. 직접 적은 엔드포인트는 그대로 남아 Milvus가 그것을 사용하고 배포된 etcd는 쓰이지 않습니다. 엔드포인트를 지우거나 etcd를 external로 표시하세요.',
  },
  source: SRC_WEBHOOK_DEFAULTS,
  check(ctx, report) {
    const r = ctx.resource
    const etcd = r.spec.dependencies?.etcd
    if (etcd === undefined || etcd.external === true || !Array.isArray(etcd.endpoints)) return
    const foreign = etcd.endpoints.filter((e) => !isGenerated(r, e))
    if (foreign.length === 0) return
    report(
      PATH,
      {
        en: `etcd is in-cluster but endpoints names ${foreign.join(', ')}, which Milvus would use instead of the deployed etcd; remove endpoints or set etcd.external to true.`,
        ko: `etcd가 클러스터 내부인데 endpoints에 ${foreign.join(', ')}이(가) 있어 Milvus가 배포된 etcd 대신 이를 사용합니다. endpoints를 지우거나 etcd.external을 true로 설정하세요.`,
      },
      { fix: deleteFix({ en: 'Remove the endpoints', ko: '엔드포인트 삭제' }, PATH) },
    )
  },
})
