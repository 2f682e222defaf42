/**
 * What to do instead of editing the message store or mode of a running Milvus (which the docs say
 * is impossible and the webhook does not stop). Offered: RocksMQ -> NATS in place on 2.3-2.5, the
 * WAL switch between Pulsar/Kafka and Woodpecker on 2.6, and backup and restore into a new
 * instance for any change. A target the version cannot run is refused with the reason. Pure.
 */
import { stringify } from 'yaml'
import {
  effectiveMilvusVersion,
  effectiveMode,
  effectiveMsgStreamType,
  isMilvusAtLeast,
  type LocalizedText,
  type MilvusResource,
  t,
} from '../model'
import { backupRestoreRollback, backupRestoreSteps, instanceFacts } from './migrationBackup'
import { natsRollback, rocksmqToNatsSteps, walRollback, walSwitchSteps } from './migrationSteps'
import type { MigrationPlan } from './types'

const WAL_STORES = ['pulsar', 'kafka', 'woodpecker']

type Ends = Pick<MigrationPlan, 'from' | 'to'>

/** Why the new config cannot run, or undefined when it can. */
export function refusalReason(next: MilvusResource): LocalizedText | undefined {
  const store = effectiveMsgStreamType(next)
  const mode = effectiveMode(next)
  const version = effectiveMilvusVersion(next)?.raw ?? 'unknown'
  if ((store === 'rocksmq' || store === 'natsmq') && mode === 'cluster') {
    return t(
      `${store} runs only in standalone mode; Milvus panics at startup in cluster mode. Pick Pulsar, Kafka or Woodpecker.`,
      `${store}는 스탠드얼론 모드에서만 동작하며 클러스터 모드에서는 Milvus가 시작 시 중단됩니다. Pulsar, Kafka 또는 Woodpecker를 고르세요.`,
    )
  }
  if (store === 'natsmq' && isMilvusAtLeast(next, 2, 6)) {
    return t(
      `Milvus ${version} has no NATS: it was removed in 2.6 and Milvus panics on mq.type natsmq. Pick Woodpecker, or pin a 2.5 image first.`,
      `Milvus ${version}에는 NATS가 없습니다. 2.6에서 제거되어 mq.type natsmq이면 Milvus가 중단됩니다. Woodpecker를 고르거나 먼저 2.5 이미지로 고정하세요.`,
    )
  }
  if (store === 'natsmq' && !isMilvusAtLeast(next, 2, 3)) {
    return t(
      `NATS arrived in Milvus 2.3; ${version} cannot use it.`,
      `NATS는 Milvus 2.3부터 있으므로 ${version}에서는 쓸 수 없습니다.`,
    )
  }
  if (store === 'woodpecker' && !isMilvusAtLeast(next, 2, 6)) {
    return t(
      `Woodpecker arrived in Milvus 2.6; ${version} cannot use it. Upgrade to 2.6 first (see the upgrade plan).`,
      `Woodpecker는 Milvus 2.6부터 있으므로 ${version}에서는 쓸 수 없습니다. 먼저 2.6으로 업그레이드하세요(업그레이드 계획 참고).`,
    )
  }
  return undefined
}

function manifestOf(
  r: MilvusResource,
  name: string,
  overrides: Record<string, unknown> = {},
): string {
  const config = { ...(r.spec.config ?? {}), ...overrides }
  const spec = Object.keys(config).length > 0 ? { ...r.spec, config } : r.spec
  return stringify({ ...r, metadata: { ...r.metadata, name }, spec }, { lineWidth: 0 })
}

function inPlace(
  baseline: MilvusResource,
  next: MilvusResource,
  ends: Ends,
): MigrationPlan | undefined {
  const f = instanceFacts(baseline)
  const sameMode = ends.from.mode === ends.to.mode
  const namespace = f.namespace
  const manifest = manifestOf(next, f.name)
  const baselineManifest = manifestOf(baseline, f.name)
  const v25 = (r: MilvusResource) => isMilvusAtLeast(r, 2, 3) && !isMilvusAtLeast(r, 2, 6)
  if (
    sameMode &&
    ends.from.store === 'rocksmq' &&
    ends.to.store === 'natsmq' &&
    ends.from.mode === 'standalone' &&
    v25(baseline) &&
    v25(next)
  ) {
    return {
      kind: 'rocksmq-to-natsmq',
      ...ends,
      namespace,
      title: t('Move from RocksMQ to NATS in place', 'RocksMQ에서 NATS로 제자리 이전'),
      summary: t(
        'The message store cannot change while Milvus runs. Flush, stop, switch and restart, as the Milvus 2.3-2.5 docs describe.',
        'Milvus가 실행되는 동안에는 메시지 저장소를 바꿀 수 없습니다. Milvus 2.3-2.5 문서대로 플러시, 중지, 변경, 재시작 순서로 진행합니다.',
      ),
      steps: rocksmqToNatsSteps(f, manifest),
      rollback: natsRollback(f, baselineManifest),
    }
  }
  const wal = (s: string) => WAL_STORES.includes(s)
  const crosses = (ends.from.store === 'woodpecker') !== (ends.to.store === 'woodpecker')
  if (
    sameMode &&
    wal(ends.from.store) &&
    wal(ends.to.store) &&
    crosses &&
    isMilvusAtLeast(baseline, 2, 6) &&
    isMilvusAtLeast(next, 2, 6)
  ) {
    return {
      kind: 'wal-switch',
      ...ends,
      namespace,
      title: t(
        `Switch the WAL from ${ends.from.store} to ${ends.to.store}`,
        `WAL을 ${ends.from.store}에서 ${ends.to.store}(으)로 전환`,
      ),
      summary: t(
        'Milvus can switch its write-ahead log online through the mixCoord management API; the docs mark this as pending release for 2.6.',
        'Milvus는 mixCoord 관리 API로 WAL을 온라인 전환할 수 있으나 문서에는 2.6용으로 릴리스 대기 중으로 표시되어 있습니다.',
      ),
      steps: walSwitchSteps(f, ends.to.store, manifest),
      rollback: walRollback(f, ends.from.store, baselineManifest),
    }
  }
  return undefined
}

function backupRestore(baseline: MilvusResource, next: MilvusResource, ends: Ends): MigrationPlan {
  const old = instanceFacts(baseline)
  const nextName = next.metadata.name ?? old.name
  const freshName = nextName !== old.name ? nextName : `${old.name}-${ends.to.store}`
  // Shared external etcd or storage: give the new instance its own root paths so it never writes over the old data.
  const sharedEtcd = next.spec.dependencies?.etcd?.external === true
  const sharedStorage = next.spec.dependencies?.storage?.external === true
  const overrides: Record<string, unknown> = {}
  if (sharedEtcd) overrides.etcd = { ...asRecord(next.spec.config?.etcd), rootPath: freshName }
  if (sharedStorage)
    overrides.minio = {
      ...asRecord(next.spec.config?.minio),
      rootPath: `${old.rootPath}-${freshName}`,
    }
  const manifest = manifestOf(next, freshName, overrides)
  const fresh = instanceFacts(
    { ...next, spec: { ...next.spec, config: { ...(next.spec.config ?? {}), ...overrides } } },
    freshName,
  )
  const what =
    ends.from.mode === ends.to.mode
      ? t('message store', '메시지 저장소')
      : t('deployment mode', '배포 모드')
  return {
    kind: 'backup-restore',
    ...ends,
    namespace: old.namespace,
    title: t(
      `Back up and restore into a new ${ends.to.mode} instance (${freshName})`,
      `백업 후 새 ${ends.to.mode} 인스턴스(${freshName})로 복원`,
    ),
    summary: t(
      `A running Milvus cannot change its ${what.en} in place; copy the data with milvus-backup into ${freshName}, switch clients, then retire ${old.name}.`,
      `실행 중인 Milvus는 ${what.ko}을(를) 그 자리에서 바꿀 수 없으므로 milvus-backup으로 ${freshName}에 데이터를 옮기고 클라이언트를 전환한 뒤 ${old.name}을(를) 정리합니다.`,
    ),
    steps: backupRestoreSteps(old, fresh, manifest, ends.to.store),
    rollback: backupRestoreRollback(old, fresh),
  }
}

function asRecord(v: unknown): Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v)
    ? (v as Record<string, unknown>)
    : {}
}

/** Every way offered from the baseline to the new config, best first; empty when store and mode stay. */
export function planMigrations(baseline: MilvusResource, next: MilvusResource): MigrationPlan[] {
  const ends: Ends = {
    from: { store: effectiveMsgStreamType(baseline), mode: effectiveMode(baseline) },
    to: { store: effectiveMsgStreamType(next), mode: effectiveMode(next) },
  }
  if (ends.from.store === ends.to.store && ends.from.mode === ends.to.mode) return []
  const refused = refusalReason(next)
  if (refused) {
    return [
      {
        kind: 'refused',
        ...ends,
        namespace: instanceFacts(baseline).namespace,
        refused,
        steps: [],
        rollback: [],
        title: t(
          `No migration to ${ends.to.store} (${ends.to.mode})`,
          `${ends.to.store}(${ends.to.mode})로는 이전할 수 없음`,
        ),
        summary: refused,
      },
    ]
  }
  const direct = inPlace(baseline, next, ends)
  return [...(direct ? [direct] : []), backupRestore(baseline, next, ends)]
}

/** The recommended plan when the store or mode differs from the baseline, else undefined. */
export function planMigration(
  baseline: MilvusResource,
  next: MilvusResource,
): MigrationPlan | undefined {
  return planMigrations(baseline, next)[0]
}
