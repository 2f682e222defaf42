/**
 * External object storage needs credentials: a Secret named by `storage.secretRef` (keys
 * `accesskey`/`secretkey`), or `spec.config.minio.useIAM: true`, or for Azure a connection
 * string in the `AZURE_CONNECTION_STRING` environment variable (see https://github.com/zilliztech/milvus-operator/blob/v1.3.8/pkg/controllers/conditions.go#L102, https://github.com/zilliztech/milvus-operator/blob/v1.3.8/apis/milvus.io/v1beta1/dependencies_types.go#L88).
 */
import type { MilvusResource } from '../../model'
import { defineRule } from '../defineRule'
import { isFilled, isOn, readConfig } from '../lib/read'
import { SRC_STORAGE_CHECK } from '../lib/sources'
import { isRecord } from '../../model'

const AZURE_ENV = 'AZURE_CONNECTION_STRING'

/** True when the global or any per-component `env` list defines `name`. */
function hasEnv(r: MilvusResource, name: string): boolean {
  const components = r.spec.components
  if (!isRecord(components)) return false
  const lists = [
    components.env,
    ...Object.values(components).map((c) => (isRecord(c) ? c.env : undefined)),
  ]
  return lists.some(
    (list) => Array.isArray(list) && list.some((e) => isRecord(e) && e.name === name),
  )
}

export const storageExternalNeedsCredentials = defineRule({
  id: 'storage-external-needs-credentials',
  severity: 'error',
  title: { en: 'External storage without credentials', ko: '자격 증명이 없는 외부 스토리지' },
  explanation: {
    en: 'For external object storage the operator takes the access key and secret key from the Secret named in storage.secretRef (keys accesskey and secretkey). Without that Secret, Milvus needs spec.config.minio.useIAM: true (a cloud identity on the pods) or, for Azure, a connection string in AZURE_CONNECTION_STRING; with none of them it cannot sign in.',
    ko: '외부 오브젝트 스토리지를 쓰면 오퍼레이터는 storage.secretRef로 지정한 Secret(키 accesskey, secretkey)에서 액세스 키와 시크릿 키를 가져옵니다. Secret이 없다면 spec.config.minio.useIAM: true(파드의 클라우드 아이덴티티)나, Azure의 경우 AZURE_CONNECTION_STRING 연결 문자열이 필요하며, 셋 다 없으면 Milvus가 로그인할 수 없습니다.',
  },
  source: SRC_STORAGE_CHECK,
  check(ctx, report) {
    const r = ctx.resource
    const storage = r.spec.dependencies?.storage
    if (storage?.external !== true || isFilled(storage.secretRef)) return
    if (isOn(readConfig(r, 'minio', 'useIAM'))) return
    const isAzure = storage.type === 'Azure'
    if (isAzure && hasEnv(r, AZURE_ENV)) return
    report(['spec', 'dependencies', 'storage', 'secretRef'], {
      en: isAzure
        ? `External Azure storage has no credentials; set storage.secretRef to a Secret with accesskey and secretkey, set spec.config.minio.useIAM to true, or add ${AZURE_ENV} to components.env.`
        : 'External storage has no credentials; set storage.secretRef to a Secret with accesskey and secretkey, or set spec.config.minio.useIAM to true.',
      ko: isAzure
        ? `외부 Azure 스토리지에 자격 증명이 없습니다. storage.secretRef에 accesskey와 secretkey가 있는 Secret을 지정하거나, spec.config.minio.useIAM을 true로 하거나, components.env에 ${AZURE_ENV}를 추가하세요.`
        : '외부 스토리지에 자격 증명이 없습니다. storage.secretRef에 accesskey와 secretkey가 있는 Secret을 지정하거나 spec.config.minio.useIAM을 true로 설정하세요.',
    })
  },
})
