/**
 * Azure Blob storage (`storage.type: Azure`) needs `spec.config.common.storageType: remote`
 * in Milvus's configuration, as every Azure sample sets (see https://github.com/zilliztech/milvus-operator/blob/v1.3.8/apis/milvus.io/v1beta1/dependencies_types.go#L88). The stock milvus.yaml of
 * current Milvus already defaults to `remote`, so an absent key is only a reminder (info); any
 * other value (`local`, the deprecated `minio`) is an error.
 */
import { defineRule } from '../defineRule'
import { setFix } from '../lib/fix'
import { configPath, readConfig } from '../lib/read'
import { SRC_MILVUS_STORAGE } from '../lib/sources'

export const storageAzureNeedsRemoteType = defineRule({
  id: 'storage-azure-needs-remote-type',
  severity: 'error',
  title: {
    en: 'Azure storage without storageType remote',
    ko: 'storageType remote 없는 Azure 스토리지',
  },
  explanation: {
    en: 'Milvus uses its Azure Blob client only when common.storageType is remote; otherwise it opens the storage with the MinIO client, which cannot talk to an Azure account, and data access fails.',
    ko: 'Milvus는 common.storageType이 remote일 때만 Azure Blob 클라이언트를 사용합니다. 그렇지 않으면 MinIO 클라이언트로 스토리지를 열어 Azure 계정과 통신하지 못하고 데이터 접근이 실패합니다.',
  },
  source: SRC_MILVUS_STORAGE,
  check(ctx, report) {
    const r = ctx.resource
    const storage = r.spec.dependencies?.storage
    if (storage?.type !== 'Azure' || storage.external !== true) return
    const current = readConfig(r, 'common', 'storageType')
    if (current === 'remote') return
    const path = configPath('common', 'storageType')
    const fix = setFix(
      { en: 'Set storageType to remote', ko: 'storageType을 remote로 설정' },
      path,
      'remote',
    )
    if (current === undefined || current === null || current === '') {
      report(
        path,
        {
          en: 'Azure Blob storage relies on common.storageType being remote; set spec.config.common.storageType: remote explicitly, as the Azure samples do.',
          ko: 'Azure Blob 스토리지는 common.storageType이 remote여야 동작하므로, Azure 샘플처럼 spec.config.common.storageType: remote를 명시하세요.',
        },
        { severity: 'info', fix },
      )
      return
    }
    report(
      path,
      {
        en: `Azure Blob storage needs spec.config.common.storageType remote, not ${String(current)}; change it so Milvus uses its Azure client.`,
        ko: `Azure Blob 스토리지에는 spec.config.common.storageType이 ${String(current)}이(가) 아니라 remote여야 하므로, Milvus가 Azure 클라이언트를 쓰도록 바꾸세요.`,
      },
      { fix },
    )
  },
})
