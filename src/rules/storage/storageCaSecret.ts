/**
 * The operator reads the CA of a TLS object storage from `storage.ssl.caCertificateRef`, which must
 * name a Secret with the key `ca.crt`; a missing Secret or key shows up only as a runtime condition
 * (see https://github.com/zilliztech/milvus-operator/blob/v1.3.8/pkg/controllers/conditions.go#L102). The sample milvus_external_minio_ssl.yaml ships the CA as a ConfigMap (https://github.com/zilliztech/milvus-operator/blob/v1.3.8/config/samples).
 * Rules see only the Milvus resource, so a ConfigMap is detected through the pods' volumes.
 */
import type { MilvusResource } from '../../model'
import { defineRule } from '../defineRule'
import { isFilled, readConfig } from '../lib/read'
import { SRC_STORAGE_CHECK } from '../lib/sources'
import { isRecord } from '../../model'

const SSL_PATH = ['spec', 'dependencies', 'storage', 'ssl'] as const

/** True when a pod volume (global or per component) mounts a ConfigMap called `name`. */
function mountsConfigMap(r: MilvusResource, name: string): boolean {
  const components = r.spec.components
  if (!isRecord(components)) return false
  const lists = [
    components.volumes,
    ...Object.values(components).map((c) => (isRecord(c) ? c.volumes : undefined)),
  ]
  return lists.some(
    (list) =>
      Array.isArray(list) &&
      list.some((v) => isRecord(v) && isRecord(v.configMap) && v.configMap.name === name),
  )
}

export const storageCaSecret = defineRule({
  id: 'storage-ca-secret',
  severity: 'info',
  title: {
    en: 'Storage CA must be a Secret with ca.crt',
    ko: '스토리지 CA는 ca.crt 키가 있는 Secret이어야 함',
  },
  explanation: {
    en: 'For its TLS health check of the object storage, the operator loads the CA from the Secret named in storage.ssl.caCertificateRef, under the key ca.crt, in the resource namespace. A ConfigMap or another key is not found, and the storage is reported as unhealthy. Milvus itself reads the CA from the file at spec.config.minio.ssl.tlsCACert.',
    ko: '오퍼레이터는 오브젝트 스토리지의 TLS 상태 검사를 위해 storage.ssl.caCertificateRef로 지정한 Secret의 ca.crt 키에서 CA를 읽습니다(리소스와 같은 네임스페이스). ConfigMap이나 다른 키는 찾지 못해 스토리지가 비정상으로 보고됩니다. Milvus 자체는 spec.config.minio.ssl.tlsCACert 경로의 파일에서 CA를 읽습니다.',
  },
  source: SRC_STORAGE_CHECK,
  check(ctx, report) {
    const r = ctx.resource
    const ssl = r.spec.dependencies?.storage?.ssl
    if (!isRecord(ssl)) return
    const ref = ssl.caCertificateRef
    if (isFilled(ref)) {
      const path = [...SSL_PATH, 'caCertificateRef']
      if (mountsConfigMap(r, ref)) {
        report(
          path,
          {
            en: `The CA ${ref} is mounted from a ConfigMap, but caCertificateRef must name a Secret with key ca.crt; create the CA as a Secret (and mount that Secret).`,
            ko: `CA ${ref}이(가) ConfigMap으로 마운트되어 있지만 caCertificateRef는 ca.crt 키가 있는 Secret을 가리켜야 합니다. CA를 Secret으로 만들고 그 Secret을 마운트하세요.`,
          },
          { severity: 'warning' },
        )
        return
      }
      report(path, {
        en: `Make sure ${ref} is a Secret (not a ConfigMap) in this namespace with the CA under the key ca.crt.`,
        ko: `${ref}이(가) 이 네임스페이스에 있는 Secret(ConfigMap이 아님)이고 CA가 ca.crt 키에 들어 있는지 확인하세요.`,
      })
      return
    }
    if (ssl.enabled !== true || ssl.insecureSkipVerify === true) return
    if (!isFilled(readConfig(r, 'minio', 'ssl', 'tlsCACert'))) return
    report([...SSL_PATH, 'enabled'], {
      en: 'Milvus gets a private CA through minio.ssl.tlsCACert but the operator check has none; set storage.ssl.caCertificateRef to a Secret holding it as ca.crt.',
      ko: 'Milvus는 minio.ssl.tlsCACert로 사설 CA를 받지만 오퍼레이터 점검에는 CA가 없습니다. 그 CA를 ca.crt 키로 담은 Secret을 storage.ssl.caCertificateRef에 지정하세요.',
    })
  },
})
