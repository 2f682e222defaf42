/**
 * `pvcDeletion: true` deletes the volume that holds the message log when the Milvus resource is
 * deleted: the built-in store's data PVC, or (with deletionPolicy Delete) the in-cluster
 * Pulsar/Kafka release's PVCs (see https://github.com/zilliztech/milvus-operator/blob/v1.3.8/apis/milvus.io/v1beta1/dependencies_types.go#L100, https://github.com/zilliztech/milvus-operator/blob/v1.3.8/apis/milvus.io/v1beta1/dependencies_types.go#L174).
 */
import { effectiveMsgStreamType } from '../../model'
import { defineRule } from '../defineRule'
import { setFix } from '../lib/fix'
import { builtInBlock, DEPS, storeLabel } from '../lib/mq'
import { persistencePath, storeLoggingToVolume } from '../lib/persistence'
import { SRC_PERSISTENCE } from '../lib/sources'
import type { Report } from '../types'

const KEEP = { en: 'Keep the volume (pvcDeletion: false)', ko: '볼륨 유지 (pvcDeletion: false)' }

function reportDeletion(report: Report, path: readonly (string | number)[], store: string): void {
  report(
    path,
    {
      en: `pvcDeletion: true deletes the ${storeLabel(store)} message log together with this resource, so a delete-and-recreate loses unconsumed messages; set pvcDeletion to false unless the data is disposable.`,
      ko: `pvcDeletion: true이면 이 리소스를 삭제할 때 ${storeLabel(store)} 메시지 로그도 함께 삭제되어, 삭제 후 다시 만들면 소비되지 않은 메시지를 잃습니다. 버려도 되는 데이터가 아니라면 pvcDeletion을 false로 설정하세요.`,
    },
    { fix: setFix(KEEP, path, false) },
  )
}

export const messageLogPvcDeletion = defineRule({
  id: 'message-log-pvc-deletion',
  severity: 'warning',
  title: { en: 'Message log deleted with the resource', ko: '리소스와 함께 삭제되는 메시지 로그' },
  explanation: {
    en: 'With pvcDeletion the operator removes the persistent volume claims of the message store when the Milvus resource is deleted. Deleting and re-creating the resource, for example to fix a field, then starts from an empty log and Milvus loses what was not yet flushed.',
    ko: 'pvcDeletion을 켜면 Milvus 리소스를 삭제할 때 오퍼레이터가 메시지 저장소의 PVC도 지웁니다. 필드를 고치려고 리소스를 삭제했다가 다시 만들면 빈 로그에서 시작하며, 아직 플러시되지 않은 데이터를 잃습니다.',
  },
  source: SRC_PERSISTENCE,
  check(ctx, report) {
    const r = ctx.resource
    // Woodpecker on object storage keeps nothing on the volume, so only volume-backed logs count.
    const store = storeLoggingToVolume(r)
    if (store && builtInBlock(r, store)?.persistence?.pvcDeletion === true) {
      reportDeletion(report, [...persistencePath(store), 'pvcDeletion'], store)
    }
    const stream = effectiveMsgStreamType(r)
    if (stream !== 'pulsar' && stream !== 'kafka') return
    const dep = r.spec.dependencies?.[stream]
    const inCluster = dep?.inCluster
    if (
      dep?.external === true ||
      inCluster?.pvcDeletion !== true ||
      inCluster.deletionPolicy !== 'Delete'
    )
      return
    reportDeletion(report, [...DEPS, stream, 'inCluster', 'pvcDeletion'], stream)
  },
})
