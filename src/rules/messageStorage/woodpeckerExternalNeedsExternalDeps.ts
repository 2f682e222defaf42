/**
 * An external Woodpecker (a shared LogStore service) keeps its metadata in etcd and its data in
 * object storage. The operator's type comment says both must then be external and shared with the
 * LogStore; the webhook does not check it (see https://github.com/zilliztech/milvus-operator/blob/v1.3.8/apis/milvus.io/v1beta1/milvus_webhook.go#L135, https://milvus.io/docs/message_storage_operator.md).
 */
import { effectiveMsgStreamType } from '../../model'
import { defineRule } from '../defineRule'
import { SRC_DEPS_TYPES } from '../lib/sources'

export const woodpeckerExternalNeedsExternalDeps = defineRule({
  id: 'woodpecker-external-needs-external-deps',
  severity: 'warning',
  title: {
    en: 'External Woodpecker with in-cluster etcd or storage',
    ko: '클러스터 내부 etcd나 스토리지를 쓰는 외부 Woodpecker',
  },
  explanation: {
    en: 'An external Woodpecker service is deployed on its own and must read the same etcd and object storage as Milvus. An etcd or MinIO that the operator creates for this resource is private to it, so the LogStore cannot share it. Point both at external services that the LogStore also uses.',
    ko: '외부 Woodpecker 서비스는 따로 배포되며 Milvus와 같은 etcd와 오브젝트 스토리지를 읽어야 합니다. 오퍼레이터가 이 리소스용으로 만드는 etcd나 MinIO는 이 리소스 전용이라 LogStore가 함께 쓸 수 없습니다. 둘 다 LogStore도 사용하는 외부 서비스로 지정하세요.',
  },
  source: SRC_DEPS_TYPES,
  check(ctx, report) {
    const deps = ctx.resource.spec.dependencies
    if (deps?.woodpecker?.external !== true) return
    if (effectiveMsgStreamType(ctx.resource) !== 'woodpecker') return
    if (deps.etcd?.external !== true) {
      report(['spec', 'dependencies', 'etcd', 'external'], {
        en: 'External Woodpecker must share its etcd with Milvus, but etcd is in-cluster; set etcd.external to true with the endpoints the LogStore uses.',
        ko: '외부 Woodpecker는 Milvus와 etcd를 함께 써야 하는데 etcd가 클러스터 내부입니다. etcd.external을 true로 하고 LogStore가 쓰는 엔드포인트를 지정하세요.',
      })
    }
    if (deps.storage?.external !== true) {
      report(['spec', 'dependencies', 'storage', 'external'], {
        en: 'External Woodpecker must share its object storage with Milvus, but storage is in-cluster; set storage.external to true with the endpoint the LogStore uses.',
        ko: '외부 Woodpecker는 Milvus와 오브젝트 스토리지를 함께 써야 하는데 스토리지가 클러스터 내부입니다. storage.external을 true로 하고 LogStore가 쓰는 엔드포인트를 지정하세요.',
      })
    }
  },
})
