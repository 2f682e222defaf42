/**
 * The webhook deletes `pulsar.address` and `pulsar.port` from spec.config and the operator writes
 * them from `dependencies.pulsar.endpoint` (see https://github.com/milvus-io/milvus/blob/master/configs/milvus.yaml, https://github.com/zilliztech/milvus-operator/blob/v1.3.8/pkg/controllers/configmaps.go#L90).
 */
import { defineRule } from '../defineRule'
import { deleteFix } from '../lib/fix'
import { configSection } from '../lib/mq'
import { SRC_DEFAULTS } from '../lib/sources'

export const configPulsarAddressForced = defineRule({
  id: 'config-pulsar-address-forced',
  severity: 'warning',
  title: { en: 'Pulsar address set in config', ko: 'config에 설정한 Pulsar 주소' },
  explanation: {
    en: 'The operator removes pulsar.address and pulsar.port from spec.config and fills them from spec.dependencies.pulsar.endpoint, so values written here never reach Milvus.',
    ko: '오퍼레이터는 spec.config에서 pulsar.address와 pulsar.port를 지우고 spec.dependencies.pulsar.endpoint로 채우므로, 여기 적은 값은 Milvus에 전달되지 않습니다.',
  },
  source: SRC_DEFAULTS,
  check(ctx, report) {
    const pulsar = configSection(ctx.resource, 'pulsar')
    if (!pulsar) return
    for (const key of ['address', 'port'] as const) {
      if (!(key in pulsar)) continue
      const path = ['spec', 'config', 'pulsar', key]
      report(
        path,
        {
          en: `spec.config.pulsar.${key} is removed by the operator; delete it and set spec.dependencies.pulsar.endpoint (host:port) instead.`,
          ko: `spec.config.pulsar.${key}는 오퍼레이터가 삭제합니다. 이 값을 지우고 대신 spec.dependencies.pulsar.endpoint(host:port)를 설정하세요.`,
        },
        { fix: deleteFix({ en: `Remove pulsar.${key}`, ko: `pulsar.${key} 삭제` }, path) },
      )
    }
  },
})
