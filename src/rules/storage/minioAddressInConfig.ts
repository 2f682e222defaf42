/**
 * `spec.config.minio.address` and `minio.port` belong to the operator: the webhook deletes them and
 * the config renderer writes them from `storage.endpoint` (see https://github.com/zilliztech/milvus-operator/blob/v1.3.8/pkg/controllers/configmaps.go#L90, https://github.com/zilliztech/milvus-operator/blob/v1.3.8/pkg/controllers/configmaps.go#L90 and https://github.com/zilliztech/milvus-operator/blob/v1.3.8/tool/merge/main.go#L25).
 */
import { defineRule } from '../defineRule'
import { deleteFix, removeTitle } from '../lib/fix'
import { configPath, readConfig } from '../lib/read'
import { SRC_CONFIGMAP_FORCED } from '../lib/sources'

export const minioAddressInConfig = defineRule({
  id: 'minio-address-in-config',
  severity: 'warning',
  title: {
    en: 'MinIO address in spec.config is replaced',
    ko: 'spec.config의 MinIO 주소는 대체됨',
  },
  explanation: {
    en: 'The operator removes minio.address and minio.port from spec.config and derives them from spec.dependencies.storage.endpoint, so values here never reach Milvus. Set the storage endpoint instead.',
    ko: '오퍼레이터는 spec.config에서 minio.address와 minio.port를 지우고 spec.dependencies.storage.endpoint로부터 다시 만들므로, 여기 적은 값은 Milvus에 전달되지 않습니다. 대신 스토리지 엔드포인트를 설정하세요.',
  },
  source: SRC_CONFIGMAP_FORCED,
  check(ctx, report) {
    for (const key of ['address', 'port'] as const) {
      if (readConfig(ctx.resource, 'minio', key) === undefined) continue
      const path = configPath('minio', key)
      report(
        path,
        {
          en: `The operator deletes spec.config.minio.${key} and writes its own from storage.endpoint; remove it and set spec.dependencies.storage.endpoint instead.`,
          ko: `오퍼레이터가 spec.config.minio.${key}를 지우고 storage.endpoint로 다시 쓰므로, 이 키를 지우고 spec.dependencies.storage.endpoint를 설정하세요.`,
        },
        { fix: deleteFix(removeTitle(`spec.config.minio.${key}`), path) },
      )
    }
  },
})
