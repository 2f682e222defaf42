/**
 * With an in-cluster MinIO the operator's defaulter overwrites `storage.endpoint` with
 * `<name>-minio.<namespace>:9000` and `storage.secretRef` with `<name>-minio`; a value typed here
 * is lost without a word (see https://github.com/zilliztech/milvus-operator/blob/v1.3.8/apis/milvus.io/v1beta1/milvus_webhook.go#L511, https://github.com/zilliztech/milvus-operator/blob/v1.3.8/pkg/controllers/configmaps.go#L90).
 */
import type { MilvusResource } from '../../model'
import { defineRule } from '../defineRule'
import { deleteFix, removeTitle } from '../lib/fix'
import { escapeRegExp, isFilled, resourceName } from '../lib/read'
import { SRC_WEBHOOK_DEFAULTS } from '../lib/sources'

const BASE = ['spec', 'dependencies', 'storage'] as const

function generatedEndpoint(r: MilvusResource, value: string): boolean {
  const name = escapeRegExp(resourceName(r))
  return new RegExp(`^${name}-minio\\.[a-z0-9-]+(\\.svc(\\.[a-z0-9.-]+)?)?:9000$`).test(
    value.trim(),
  )
}

export const storageInClusterOverwritten = defineRule({
  id: 'storage-in-cluster-overwritten',
  severity: 'warning',
  title: {
    en: 'In-cluster storage settings are overwritten',
    ko: '클러스터 내부 스토리지 설정은 덮어써짐',
  },
  explanation: {
    en: 'When storage is not external the operator deploys MinIO and always writes its own endpoint (<name>-minio.<namespace>:9000) and Secret (<name>-minio) into the resource. Values written here are replaced; to use your own storage, set external: true.',
    ko: '스토리지가 external이 아니면 오퍼레이터가 MinIO를 배포하고 자체 엔드포인트(<name>-minio.<namespace>:9000)와 Secret(<name>-minio)을 리소스에 항상 기록합니다. 여기 적은 값은 대체되므로, 직접 운영하는 스토리지를 쓰려면 external: true로 설정하세요.',
  },
  source: SRC_WEBHOOK_DEFAULTS,
  check(ctx, report) {
    const r = ctx.resource
    const storage = r.spec.dependencies?.storage
    if (storage === undefined || storage.external === true) return
    const name = resourceName(r)
    if (isFilled(storage.endpoint) && !generatedEndpoint(r, storage.endpoint)) {
      const path = [...BASE, 'endpoint']
      report(
        path,
        {
          en: `Storage is in-cluster, so the operator replaces endpoint ${storage.endpoint} with its own MinIO address; remove it or set storage.external to true.`,
          ko: `스토리지가 클러스터 내부이므로 오퍼레이터가 endpoint ${storage.endpoint}을(를) 자체 MinIO 주소로 바꿉니다. 이 값을 지우거나 storage.external을 true로 설정하세요.`,
        },
        { fix: deleteFix(removeTitle('storage.endpoint'), path) },
      )
    }
    if (isFilled(storage.secretRef) && storage.secretRef !== `${name}-minio`) {
      const path = [...BASE, 'secretRef']
      report(
        path,
        {
          en: `Storage is in-cluster, so the operator replaces secretRef ${storage.secretRef} with ${name}-minio; remove it or set storage.external to true.`,
          ko: `스토리지가 클러스터 내부이므로 오퍼레이터가 secretRef ${storage.secretRef}을(를) ${name}-minio로 바꿉니다. 이 값을 지우거나 storage.external을 true로 설정하세요.`,
        },
        { fix: deleteFix(removeTitle('storage.secretRef'), path) },
      )
    }
  },
})
