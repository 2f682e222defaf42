/**
 * `storage.ssl` configures only the operator's own health check of the object storage. Milvus
 * talks TLS to it only with `spec.config.minio.useSSL: true` (see https://github.com/zilliztech/milvus-operator/blob/v1.3.8/apis/milvus.io/v1beta1/dependencies_types.go#L88).
 */
import { defineRule } from '../defineRule'
import { setFix } from '../lib/fix'
import { configPath, isOn, readConfig } from '../lib/read'
import { SRC_STORAGE_CHECK } from '../lib/sources'

export const storageSslNeedsMilvusTls = defineRule({
  id: 'storage-ssl-needs-milvus-tls',
  severity: 'warning',
  title: { en: 'Storage TLS only for the operator', ko: '오퍼레이터에만 적용된 스토리지 TLS' },
  explanation: {
    en: 'spec.dependencies.storage.ssl tells the operator how to check the object storage over TLS. Milvus itself reads spec.config.minio.useSSL (and minio.ssl.tlsCACert for a private CA); without useSSL: true the Milvus pods connect in plain text.',
    ko: 'spec.dependencies.storage.ssl은 오퍼레이터가 TLS로 오브젝트 스토리지를 점검하는 방법만 정합니다. Milvus 자체는 spec.config.minio.useSSL(사설 CA라면 minio.ssl.tlsCACert도)을 읽으므로, useSSL: true가 없으면 Milvus 파드는 평문으로 연결합니다.',
  },
  source: SRC_STORAGE_CHECK,
  check(ctx, report) {
    const r = ctx.resource
    if (r.spec.dependencies?.storage?.ssl?.enabled !== true) return
    if (isOn(readConfig(r, 'minio', 'useSSL'))) return
    const path = configPath('minio', 'useSSL')
    report(
      path,
      {
        en: 'storage.ssl.enabled only makes the operator check storage over TLS; set spec.config.minio.useSSL to true so Milvus uses TLS too.',
        ko: 'storage.ssl.enabled는 오퍼레이터의 TLS 점검에만 쓰이므로, Milvus도 TLS를 쓰도록 spec.config.minio.useSSL을 true로 설정하세요.',
      },
      { fix: setFix({ en: 'Turn on minio.useSSL', ko: 'minio.useSSL 켜기' }, path, true) },
    )
  },
})
