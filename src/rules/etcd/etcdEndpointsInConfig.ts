/**
 * `spec.config.etcd.endpoints` is one of the keys the operator owns: the webhook deletes it from
 * `spec.config` and the config renderer writes the real endpoints (see https://github.com/zilliztech/milvus-operator/blob/v1.3.8/pkg/controllers/configmaps.go#L90, https://github.com/zilliztech/milvus-operator/blob/v1.3.8/pkg/controllers/configmaps.go#L90 and https://github.com/zilliztech/milvus-operator/blob/v1.3.8/tool/merge/main.go#L25).
 */
import { defineRule } from '../defineRule'
import { deleteFix, removeTitle } from '../lib/fix'
import { configPath, readConfig } from '../lib/read'
import { SRC_CONFIGMAP_FORCED } from '../lib/sources'

export const etcdEndpointsInConfig = defineRule({
  id: 'etcd-endpoints-in-config',
  severity: 'warning',
  title: {
    en: 'etcd endpoints in spec.config are replaced',
    ko: 'spec.config의 etcd 엔드포인트는 대체됨',
  },
  explanation: {
    en: 'The operator removes etcd.endpoints from spec.config and writes the endpoints of spec.dependencies.etcd in their place, so a value here never reaches Milvus. Put external etcd addresses in spec.dependencies.etcd.endpoints with external: true.',
    ko: '오퍼레이터는 spec.config에서 etcd.endpoints를 지우고 spec.dependencies.etcd의 엔드포인트를 대신 기록하므로 여기 적은 값은 Milvus에 전달되지 않습니다. 외부 etcd 주소는 external: true와 함께 spec.dependencies.etcd.endpoints에 적으세요.',
  },
  source: SRC_CONFIGMAP_FORCED,
  check(ctx, report) {
    if (readConfig(ctx.resource, 'etcd', 'endpoints') === undefined) return
    const path = configPath('etcd', 'endpoints')
    report(
      path,
      {
        en: 'The operator deletes spec.config.etcd.endpoints and writes its own; remove it and set spec.dependencies.etcd.endpoints instead.',
        ko: '오퍼레이터가 spec.config.etcd.endpoints를 지우고 자체 값을 쓰므로, 이 키를 지우고 spec.dependencies.etcd.endpoints를 설정하세요.',
      },
      { fix: deleteFix(removeTitle('spec.config.etcd.endpoints'), path) },
    )
  },
})
