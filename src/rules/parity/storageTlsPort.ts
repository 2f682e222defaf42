/**
 * Object storage TLS and port must agree. Milvus connects with TLS exactly when
 * spec.config.minio.useSSL is on, to the port the operator wrote (from storage.endpoint, or 9000
 * for the in-cluster MinIO). Port 443 without TLS, or TLS on 80/9000, fails the connection.
 */
import {
  getStorageHostPort,
  operatorMinioSecure,
  type MilvusResource,
  type SpecPath,
} from '../../model'
import { defineRule } from '../defineRule'
import { configPath, isOn, readConfig } from '../lib/read'
import { setFix } from '../lib/fix'
import { SRC_HOST_PORT } from '../lib/sources'

const USE_SSL = configPath('minio', 'useSSL')
const ENDPOINT: SpecPath = ['spec', 'dependencies', 'storage', 'endpoint']

/** The port the operator writes to minio.port, and where it comes from, or undefined without one. */
function storagePort(
  r: MilvusResource,
): { port: number; path: SpecPath; external: boolean } | undefined {
  const storage = r.spec.dependencies?.storage
  if (storage?.external !== true) return { port: 9000, path: USE_SSL, external: false }
  if (typeof storage.endpoint !== 'string' || storage.endpoint === '') return undefined
  const got = getStorageHostPort(storage.endpoint, operatorMinioSecure(r.spec.config))
  // Unsplittable endpoints are endpoint-operator-split's finding; only a written port counts here.
  return got.fallback ? undefined : { port: got.port, path: ENDPOINT, external: true }
}

export const storageTlsPort = defineRule({
  id: 'storage-tls-port',
  severity: 'error',
  title: {
    en: 'Object storage TLS does not match the port',
    ko: '오브젝트 스토리지 TLS와 포트 불일치',
  },
  explanation: {
    en: 'Milvus speaks TLS to the object storage only when spec.config.minio.useSSL is true, and connects to the port the operator takes from storage.endpoint (9000 for the in-cluster MinIO). S3, GCS and Azure listen for HTTPS on 443; MinIO usually serves plain HTTP on 9000. Plain HTTP to 443, or TLS to a plain-HTTP port, fails every read and write.',
    ko: 'Milvus는 spec.config.minio.useSSL이 true일 때만 오브젝트 스토리지에 TLS로 연결하고, 오퍼레이터가 storage.endpoint에서 읽은 포트(클러스터 내부 MinIO는 9000)로 접속합니다. S3, GCS, Azure는 443에서 HTTPS를 받고 MinIO는 보통 9000에서 평문 HTTP를 받습니다. 443에 평문 HTTP로, 또는 평문 포트에 TLS로 연결하면 모든 읽기와 쓰기가 실패합니다.',
  },
  source: SRC_HOST_PORT,
  check(ctx, report) {
    const r = ctx.resource
    const at = storagePort(r)
    if (!at) return
    const written = readConfig(r, 'minio', 'useSSL')
    const milvusTls = isOn(written)
    // With storage.ssl.enabled, storage-ssl-needs-milvus-tls already asks for useSSL.
    if (at.port === 443 && !milvusTls && r.spec.dependencies?.storage?.ssl?.enabled !== true) {
      report(
        USE_SSL,
        {
          en: 'storage.endpoint uses port 443 but spec.config.minio.useSSL is not true, so Milvus speaks plain HTTP to an HTTPS port and cannot reach the storage; set minio.useSSL: true.',
          ko: 'storage.endpoint가 443 포트를 쓰지만 spec.config.minio.useSSL이 true가 아니어서 Milvus가 HTTPS 포트에 평문 HTTP로 연결해 스토리지에 닿지 못합니다. minio.useSSL: true로 설정하세요.',
        },
        { fix: setFix({ en: 'Turn on minio.useSSL', ko: 'minio.useSSL 켜기' }, USE_SSL, true) },
      )
      return
    }
    if (at.port === 443 && milvusTls && written !== true) {
      report(
        USE_SSL,
        {
          en: `minio.useSSL is written as ${JSON.stringify(written)}: Milvus reads it as on, but the operator reads only a real boolean, so its storage check uses plain HTTP on 443 and reports the storage unhealthy; write true without quotes.`,
          ko: `minio.useSSL이 ${JSON.stringify(written)}(으)로 쓰여 있습니다. Milvus는 켜진 것으로 읽지만 오퍼레이터는 진짜 불리언만 읽으므로 스토리지 점검이 443에 평문 HTTP로 연결해 비정상으로 보고합니다. 따옴표 없이 true로 쓰세요.`,
        },
        {
          fix: setFix(
            { en: 'Write useSSL as a boolean', ko: 'useSSL을 불리언으로 쓰기' },
            USE_SSL,
            true,
          ),
          severity: 'warning',
        },
      )
      return
    }
    if ((at.port === 80 || at.port === 9000) && milvusTls) {
      const where = at.external
        ? `storage.endpoint uses port ${at.port}`
        : 'the in-cluster MinIO listens on 9000 without TLS'
      report(
        USE_SSL,
        {
          en: `${where} but spec.config.minio.useSSL is true, so Milvus starts a TLS handshake with a plain-HTTP port; turn useSSL off, or use the storage's TLS port (443 for S3, GCS and Azure).`,
          ko: `${at.external ? `storage.endpoint가 ${at.port} 포트를 쓰지만` : '클러스터 내부 MinIO는 TLS 없이 9000에서 받지만'} spec.config.minio.useSSL이 true여서 Milvus가 평문 포트에 TLS 핸드셰이크를 시도합니다. useSSL을 끄거나 스토리지의 TLS 포트(S3, GCS, Azure는 443)를 쓰세요.`,
        },
        {
          fix: setFix({ en: 'Turn off minio.useSSL', ko: 'minio.useSSL 끄기' }, USE_SSL, false),
          severity: 'warning',
        },
      )
    }
  },
})
