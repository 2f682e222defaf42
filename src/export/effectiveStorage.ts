/**
 * Where Milvus will reach its object storage, as the operator renders it into the Milvus config
 * (`minio.address`, `minio.port`, `minio.useSSL`): the in-cluster MinIO service on port 9000, or
 * the external `storage.endpoint`, whose port defaults to 443 with `minio.useSSL: true` and 80
 * without (how operator v1.3.8 reads `minio.useSSL` for a port-less endpoint). Pure.
 */
import type { LocalizedText, MilvusResource } from '../model'
import { isRec, splitHostPort } from './helmBuild'

export interface ObjectStorageConnection {
  readonly host: string
  readonly port: number
  /** Where the port comes from: written in the endpoint, or the operator's default. */
  readonly portFrom: 'endpoint' | 'default'
  readonly useSSL: boolean
  /** Where TLS comes from: spec.config.minio.useSSL, or its default (false). */
  readonly tlsFrom: 'config' | 'default'
  readonly inCluster: boolean
}

/** The endpoint, port and TLS the operator gives Milvus for object storage. */
export function effectiveObjectStorage(r: MilvusResource): ObjectStorageConnection {
  const minio = isRec(r.spec.config?.minio) ? r.spec.config.minio : {}
  const tlsFrom = typeof minio.useSSL === 'boolean' ? 'config' : 'default'
  const useSSL = minio.useSSL === true
  const storage = r.spec.dependencies?.storage
  if (storage?.external !== true) {
    const ns =
      typeof r.metadata.namespace === 'string' && r.metadata.namespace !== ''
        ? r.metadata.namespace
        : 'default'
    return {
      host: `${r.metadata.name ?? ''}-minio.${ns}`,
      port: 9000,
      portFrom: 'default',
      useSSL,
      tlsFrom,
      inCluster: true,
    }
  }
  const endpoint = typeof storage.endpoint === 'string' ? storage.endpoint : ''
  const fallback = useSSL ? 443 : 80
  const { host, port } = splitHostPort(endpoint, fallback)
  const portFrom = /:\d{1,5}$/.test(endpoint.trim()) ? 'endpoint' : 'default'
  return { host, port, portFrom, useSSL, tlsFrom, inCluster: false }
}

/** One sentence for the effective view and the CLI. */
export function describeObjectStorage(c: ObjectStorageConnection): LocalizedText {
  const scheme = c.useSSL ? 'HTTPS (TLS)' : 'plain HTTP (no TLS)'
  const schemeKo = c.useSSL ? 'HTTPS(TLS)' : '암호화 없는 HTTP(TLS 없음)'
  const where = c.inCluster ? 'the in-cluster MinIO' : 'external object storage'
  const whereKo = c.inCluster ? '클러스터 내부 MinIO' : '외부 오브젝트 스토리지'
  const port =
    c.portFrom === 'default' && !c.inCluster
      ? ` (no port in the endpoint: ${c.useSSL ? '443 because useSSL is true' : '80 because useSSL is not true'})`
      : ''
  const portKo =
    c.portFrom === 'default' && !c.inCluster
      ? ` (endpoint에 포트가 없어 ${c.useSSL ? 'useSSL이 true이므로 443' : 'useSSL이 true가 아니므로 80'})`
      : ''
  const tls = c.tlsFrom === 'default' ? ' minio.useSSL is not set, so TLS is off.' : ''
  const tlsKo = c.tlsFrom === 'default' ? ' minio.useSSL이 없으므로 TLS는 꺼져 있습니다.' : ''
  return {
    en: `Object storage: Milvus connects to ${where} at ${c.host}:${c.port}${port} over ${scheme}.${tls}`,
    ko: `오브젝트 스토리지: Milvus는 ${whereKo} ${c.host}:${c.port}${portKo}에 ${schemeKo}로 연결합니다.${tlsKo}`,
  }
}
