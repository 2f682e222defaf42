/**
 * The effective resource: what the operator's mutating webhook (Default()) turns the config into,
 * with every difference listed. Chart default values for in-cluster dependencies are NOT merged
 * (they are large and belong to the charts); a note says so. Pure: works on a copy.
 */
import {
  DEFAULT_MILVUS_IMAGE,
  FORCED_CONFIG_KEYS,
  OPERATOR_VERSION,
  componentsCreated,
  effectiveMode,
  effectiveMsgStreamType,
  type MilvusResource,
  t,
} from '../model'
import { applyDependencyDefaults } from './effectiveDeps'
import { describeObjectStorage, effectiveObjectStorage } from './effectiveStorage'
import { ChangeRecorder } from './effectiveRecorder'
import type { EffectiveResult } from './types'

const NOT_MERGED = t(
  'Default Helm values of the in-cluster etcd, MinIO, Pulsar and Kafka charts are merged by the operator too; they are left out here.',
  '오퍼레이터는 클러스터 내부 etcd, MinIO, Pulsar, Kafka 차트의 기본 Helm 값도 병합하지만 여기서는 생략했습니다.',
)

/** Applies the operator's defaulting to a copy of the resource. */
export function toEffectiveResource(resource: MilvusResource): EffectiveResult {
  const copy = structuredClone(resource)
  const rec = new ChangeRecorder(copy as unknown as Record<string, unknown>)
  applyTopLevelDefaults(rec, resource)
  applyComponentDefaults(rec, resource)
  applyDependencyDefaults(rec, resource)
  applyConfigDefaults(rec)
  const objectStorage = effectiveObjectStorage(resource)
  return {
    resource: copy,
    changes: rec.changes,
    notes: [describeObjectStorage(objectStorage), NOT_MERGED],
    objectStorage,
  }
}

function applyTopLevelDefaults(rec: ChangeRecorder, r: MilvusResource): void {
  rec.set(
    ['metadata', 'namespace'],
    'default',
    t('The namespace defaults to "default".', '네임스페이스 기본값은 "default"입니다.'),
  )
  rec.set(
    ['metadata', 'labels', 'milvus.io/operator-version'],
    OPERATOR_VERSION,
    t(
      'The operator labels the resource with its own version.',
      '오퍼레이터가 자기 버전을 레이블로 붙입니다.',
    ),
  )
  rec.set(
    ['spec', 'mode'],
    'standalone',
    t('Without a mode the resource is standalone.', 'mode가 없으면 스탠드얼론입니다.'),
  )
  rec.set(
    ['spec', 'dependencies', 'msgStreamType'],
    effectiveMsgStreamType(r),
    t(
      'No message store was chosen: cluster mode gets Pulsar; standalone gets Woodpecker on Milvus 2.6+ and RocksMQ before.',
      '메시지 저장소를 고르지 않았으므로 클러스터는 Pulsar, 스탠드얼론은 Milvus 2.6 이상에서 Woodpecker, 그 전에는 RocksMQ가 됩니다.',
    ),
  )
}

function applyComponentDefaults(rec: ChangeRecorder, r: MilvusResource): void {
  const c = ['spec', 'components'] as const
  rec.set(
    [...c, 'image'],
    DEFAULT_MILVUS_IMAGE,
    t("The operator's default Milvus image.", '오퍼레이터의 기본 Milvus 이미지입니다.'),
  )
  rec.set(
    [...c, 'imageUpdateMode'],
    'rollingUpgrade',
    t(
      'Image changes roll out as upgrades by default.',
      '이미지 변경은 기본적으로 롤링 업그레이드로 적용됩니다.',
    ),
  )
  rec.set(
    [...c, 'rollingMode'],
    2,
    t('Rolling mode 2 is the default.', '롤링 모드 기본값은 2입니다.'),
  )
  rec.set(
    [...c, 'updateConfigMapOnly'],
    true,
    t(
      'Config changes update the ConfigMap only, without restarting pods.',
      '설정 변경 시 파드를 재시작하지 않고 ConfigMap만 갱신합니다.',
    ),
  )
  const cluster = effectiveMode(r) === 'cluster'
  const created = componentsCreated(r)
  if (cluster) {
    rec.set(
      [...c, 'standalone', 'replicas'],
      0,
      t(
        'Cluster mode runs no standalone pod.',
        '클러스터 모드에서는 스탠드얼론 파드를 실행하지 않습니다.',
      ),
      true,
    )
    rec.set(
      [...c, 'streamingMode'],
      created.includes('streamingNode'),
      t(
        'Streaming mode follows whether a streaming node runs (Milvus 2.6+ always has one).',
        '스트리밍 모드는 스트리밍 노드 실행 여부를 따릅니다(Milvus 2.6 이상은 항상 실행).',
      ),
    )
  }
  for (const name of created) {
    rec.set(
      [...c, name, 'replicas'],
      1,
      t(
        `The operator creates ${name} with one replica.`,
        `오퍼레이터가 ${name}을(를) 복제본 1개로 만듭니다.`,
      ),
    )
  }
  applyRollingUpdate(rec, r, cluster)
}

function applyRollingUpdate(rec: ChangeRecorder, r: MilvusResource, cluster: boolean): void {
  const path = ['spec', 'components', 'enableRollingUpdate']
  const store = effectiveMsgStreamType(r)
  const embedded = !cluster && (store === 'rocksmq' || store === 'natsmq')
  if (embedded) {
    rec.set(
      path,
      false,
      t(
        'Rolling updates are turned off: an embedded RocksMQ/NATS in standalone cannot be shared by two pods.',
        '스탠드얼론의 내장 RocksMQ/NATS는 두 파드가 함께 쓸 수 없으므로 롤링 업데이트가 꺼집니다.',
      ),
      true,
    )
    return
  }
  rec.set(path, true, t('Rolling updates are on by default.', '롤링 업데이트는 기본으로 켜집니다.'))
  if (rec.get(path) !== true) return
  for (const coord of ['rootCoord', 'dataCoord', 'indexCoord', 'queryCoord']) {
    rec.set(
      ['spec', 'config', coord, 'enableActiveStandby'],
      true,
      t(
        'With rolling updates the coordinators run active-standby.',
        '롤링 업데이트를 쓰면 코디네이터가 액티브-스탠바이로 동작합니다.',
      ),
    )
  }
}

function applyConfigDefaults(rec: ChangeRecorder): void {
  rec.set(['spec', 'config'], {}, t('An empty config is filled in.', '빈 config가 채워집니다.'))
  for (const path of FORCED_CONFIG_KEYS) {
    rec.remove(
      ['spec', 'config', ...path],
      t(
        `The operator deletes config.${path.join('.')} and writes its own value from the dependencies.`,
        `오퍼레이터가 config.${path.join('.')}을(를) 지우고 dependencies에서 계산한 값을 씁니다.`,
      ),
    )
  }
}
