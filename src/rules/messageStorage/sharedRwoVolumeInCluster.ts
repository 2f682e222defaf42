/**
 * The built-in store's data PVC is mounted in every Milvus pod, cluster components included, so a
 * cluster with embedded Woodpecker and persistence shares one ReadWriteOnce claim across pods on
 * different nodes; rollouts then fail with multi-attach errors (see https://github.com/zilliztech/milvus-operator/blob/v1.3.8/apis/milvus.io/v1beta1/dependencies_types.go#L174, operator #502).
 */
import { effectiveBuiltInMq } from '../../model'
import { defineRule } from '../defineRule'
import { setFix } from '../lib/fix'
import { builtInBlock, isCluster } from '../lib/mq'
import { isWoodpeckerLocal, persistencePath, pvcSpecOf } from '../lib/persistence'
import { SRC_PERSISTENCE } from '../lib/sources'

export const sharedRwoVolumeInCluster = defineRule({
  id: 'shared-rwo-volume-in-cluster',
  severity: 'error',
  title: {
    en: 'One ReadWriteOnce volume for many pods',
    ko: '여러 파드가 쓰는 ReadWriteOnce 볼륨 하나',
  },
  explanation: {
    en: "The operator mounts the message store's data claim in every Milvus pod. In cluster mode those pods run on several nodes, and a ReadWriteOnce volume attaches to one node only, so pods elsewhere never start. Woodpecker on object storage (the default) needs no volume; with local storage use a ReadWriteMany class.",
    ko: '오퍼레이터는 메시지 저장소의 데이터 PVC를 모든 Milvus 파드에 마운트합니다. 클러스터 모드에서는 파드가 여러 노드에서 실행되는데 ReadWriteOnce 볼륨은 한 노드에만 붙으므로 다른 노드의 파드는 시작되지 않습니다. 오브젝트 스토리지를 쓰는 Woodpecker(기본값)는 볼륨이 필요 없고, 로컬 스토리지라면 ReadWriteMany 클래스를 쓰세요.',
  },
  source: SRC_PERSISTENCE,
  check(ctx, report) {
    const r = ctx.resource
    if (!isCluster(r) || effectiveBuiltInMq(r) !== 'woodpecker') return
    const persistence = builtInBlock(r, 'woodpecker')?.persistence
    if (persistence?.enabled !== true) return
    const spec = pvcSpecOf(r, 'woodpecker')
    const modes: unknown = spec?.accessModes
    if (Array.isArray(modes) && modes.includes('ReadWriteMany')) return
    if (persistence.persistentVolumeClaim?.existingClaim && modes === undefined) return
    const base = persistencePath('woodpecker')
    if (isWoodpeckerLocal(r)) {
      const path = [...base, 'persistentVolumeClaim', 'spec', 'accessModes']
      report(
        path,
        {
          en: 'Every cluster pod mounts this Woodpecker volume, but ReadWriteOnce attaches to one node only; use a ReadWriteMany storage class and accessModes: [ReadWriteMany].',
          ko: '모든 클러스터 파드가 이 Woodpecker 볼륨을 마운트하지만 ReadWriteOnce는 한 노드에만 붙습니다. ReadWriteMany 스토리지 클래스와 accessModes: [ReadWriteMany]를 사용하세요.',
        },
        {
          fix: setFix({ en: 'Use ReadWriteMany', ko: 'ReadWriteMany 사용' }, path, [
            'ReadWriteMany',
          ]),
        },
      )
      return
    }
    const path = [...base, 'enabled']
    report(
      path,
      {
        en: 'Woodpecker writes to object storage here, so this volume is useless, and as one ReadWriteOnce claim mounted by every cluster pod it blocks pods on other nodes; set persistence.enabled to false.',
        ko: '여기서 Woodpecker는 오브젝트 스토리지에 쓰므로 이 볼륨은 쓸모가 없으며, 모든 클러스터 파드가 마운트하는 ReadWriteOnce PVC 하나라서 다른 노드의 파드를 막습니다. persistence.enabled를 false로 설정하세요.',
      },
      { fix: setFix({ en: 'Disable persistence', ko: 'persistence 끄기' }, path, false) },
    )
  },
})
