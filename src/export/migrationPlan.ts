/**
 * What to do instead of editing the message store or mode of a running Milvus (which the docs
 * say is impossible and the webhook does not stop): RocksMQ -> NATS follows the docs page's five
 * steps; Pulsar/Kafka <-> Woodpecker on 2.6+ uses the WAL switch; anything else is backup and restore.
 */
import {
  effectiveMode, effectiveMsgStreamType, isMilvusAtLeast, type LocalizedText, type MilvusResource,
} from '../model'
import { backupRestoreSteps, rocksmqToNatsSteps, walSwitchSteps } from './migrationSteps'
import type { MigrationPlan } from './types'

const t = (en: string, ko: string): LocalizedText => ({ en, ko })
const WAL_STORES = ['pulsar', 'kafka', 'woodpecker']

/** A plan when the store or mode differs from the baseline, else undefined. */
export function planMigration(baseline: MilvusResource, next: MilvusResource): MigrationPlan | undefined {
  const from = { store: effectiveMsgStreamType(baseline), mode: effectiveMode(baseline) }
  const to = { store: effectiveMsgStreamType(next), mode: effectiveMode(next) }
  if (from.store === to.store && from.mode === to.mode) return undefined
  const name = baseline.metadata.name ?? 'my-release'
  const ns = typeof baseline.metadata.namespace === 'string' && baseline.metadata.namespace ? baseline.metadata.namespace : 'default'
  const sameMode = from.mode === to.mode
  if (sameMode && from.store === 'rocksmq' && to.store === 'natsmq' && from.mode === 'standalone') {
    return {
      kind: 'rocksmq-to-natsmq', from, to,
      title: t('Move from RocksMQ to NATS', 'RocksMQ에서 NATS로 이전'),
      summary: t('The message store cannot change while Milvus runs. Flush, stop, switch and restart, as the docs describe.',
        'Milvus가 실행되는 동안에는 메시지 저장소를 바꿀 수 없습니다. 문서대로 플러시, 중지, 변경, 재시작 순서로 진행합니다.'),
      steps: rocksmqToNatsSteps(name, ns),
    }
  }
  const walSwitch = sameMode && WAL_STORES.includes(from.store) && WAL_STORES.includes(to.store) &&
    (from.store === 'woodpecker') !== (to.store === 'woodpecker') &&
    isMilvusAtLeast(baseline, 2, 6) && isMilvusAtLeast(next, 2, 6)
  if (walSwitch) {
    return {
      kind: 'wal-switch', from, to,
      title: t(`Switch the WAL from ${from.store} to ${to.store}`, `WAL을 ${from.store}에서 ${to.store}(으)로 전환`),
      summary: t('Milvus 2.6 can switch its write-ahead log online through the coordinator; the docs mark this as pending release.',
        'Milvus 2.6은 코디네이터를 통해 WAL을 온라인으로 전환할 수 있으나 문서에는 릴리스 대기 중으로 표시되어 있습니다.'),
      steps: walSwitchSteps(name, ns, to.store),
    }
  }
  const what = sameMode ? t('message store', '메시지 저장소') : t('deployment mode', '배포 모드')
  return {
    kind: 'backup-restore', from, to,
    title: t(`Back up and restore into a new ${to.mode} instance`, `백업 후 새 ${to.mode} 인스턴스로 복원`),
    summary: t(`A running Milvus cannot change its ${what.en} in place; copy the data into a new instance with milvus-backup.`,
      `실행 중인 Milvus는 ${what.ko}을(를) 그 자리에서 바꿀 수 없으므로 milvus-backup으로 새 인스턴스에 데이터를 옮깁니다.`),
    steps: backupRestoreSteps(name, ns, to.store),
  }
}
