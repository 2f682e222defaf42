/** Step texts of the migration runbooks (en/ko). Pure data builders for migrationPlan.ts. */
import type { LocalizedText } from '../model'
import { shellQuote as q } from './shell'
import type { MigrationStep } from './types'

const t = (en: string, ko: string): LocalizedText => ({ en, ko })

/** The docs page's five steps from RocksMQ to NATS, plus an optional backup first. */
export function rocksmqToNatsSteps(name: string, ns: string): MigrationStep[] {
  return [
    backupStep(name, ns, true),
    {
      title: t('Stop DDL and writes', 'DDL과 쓰기 중지'),
      detail: t('Stop creating, dropping or altering collections and stop inserting data.', '컬렉션 생성·삭제·변경과 데이터 삽입을 멈춥니다.'),
    },
    {
      title: t('Flush everything', '전체 플러시'),
      detail: t('Call FlushAll from a client (for example pymilvus utility.flush_all()) and wait for it to finish, so nothing is left only in the message log.',
        '클라이언트에서 FlushAll(예: pymilvus utility.flush_all())을 호출하고 끝날 때까지 기다려 메시지 로그에만 남은 데이터가 없게 합니다.'),
    },
    {
      title: t('Stop Milvus', 'Milvus 중지'),
      detail: t('Scale the standalone pod to zero so RocksMQ is closed cleanly.', '스탠드얼론 파드를 0으로 줄여 RocksMQ를 깔끔하게 닫습니다.'),
      command: `kubectl patch milvus ${q(name)} -n ${q(ns)} --type merge -p '{"spec":{"components":{"standalone":{"replicas":0}}}}'`,
    },
    {
      title: t('Switch the store to NATS', '저장소를 NATS로 변경'),
      detail: t('Set msgStreamType to natsmq and add the spec.config.natsmq settings (storeDir on the persistent volume), then apply.',
        'msgStreamType을 natsmq로 바꾸고 spec.config.natsmq 설정(영구 볼륨 위의 storeDir)을 추가한 뒤 적용합니다.'),
    },
    {
      title: t('Restart and verify', '재시작 및 확인'),
      detail: t('Scale back to one replica. The Milvus log must show mqType=natsmq, and a jetstream folder must appear under storeDir.',
        '복제본을 다시 1로 늘립니다. Milvus 로그에 mqType=natsmq가 보이고 storeDir 아래에 jetstream 폴더가 생겨야 합니다.'),
      command: `kubectl logs -n ${q(ns)} -l app.kubernetes.io/instance=${q(name)} --tail=-1 | grep -m1 'mqType=natsmq'`,
    },
  ]
}

/** Milvus 2.6's online WAL switch between Pulsar/Kafka and Woodpecker (documented, pending release). */
export function walSwitchSteps(name: string, ns: string, to: string): MigrationStep[] {
  return [
    backupStep(name, ns, true),
    {
      title: t('Check both sides run Milvus 2.6 or later', '양쪽 모두 Milvus 2.6 이상인지 확인'),
      detail: t('The WAL switch exists only from Milvus 2.6 on, with streaming nodes running.', 'WAL 전환은 스트리밍 노드가 실행되는 Milvus 2.6 이상에서만 가능합니다.'),
    },
    {
      title: t('Ask the coordinator to switch the WAL', '코디네이터에 WAL 전환 요청'),
      detail: t(`Send the switch request to the mixCoord management port (9091) with ${to} as the target. Check the Milvus docs for the request body: this API is documented but marked pending release.`,
        `mixCoord 관리 포트(9091)로 대상이 ${to}인 전환 요청을 보냅니다. 이 API는 문서에는 있지만 아직 릴리스 대기 중이므로 요청 본문은 Milvus 문서를 확인하세요.`),
      command: `curl -X POST "http://<mixcoord-host>:9091/management/wal/alter"`,
      pending: true,
    },
    {
      title: t('Record the new store in the resource', '리소스에 새 저장소 반영'),
      detail: t(`After the switch completes, set msgStreamType to ${to} so the operator and the manifest agree with the running Milvus.`,
        `전환이 끝나면 msgStreamType을 ${to}(으)로 바꿔 오퍼레이터와 매니페스트가 실행 중인 Milvus와 일치하게 합니다.`),
    },
    verifyStep(name, ns, to),
  ]
}

/** Backup and restore with milvus-backup into a new instance. */
export function backupRestoreSteps(name: string, ns: string, to: string): MigrationStep[] {
  return [
    {
      title: t('Stop writes', '쓰기 중지'),
      detail: t('Pause ingestion so the backup is complete.', '백업이 완전하도록 데이터 적재를 멈춥니다.'),
    },
    backupStep(name, ns, false),
    {
      title: t('Deploy a new instance with the new settings', '새 설정으로 새 인스턴스 배포'),
      detail: t('Apply the new configuration under a new name; the running instance cannot change its message store or mode in place.',
        '새 설정을 다른 이름으로 적용합니다. 실행 중인 인스턴스는 메시지 저장소나 모드를 그 자리에서 바꿀 수 없습니다.'),
    },
    {
      title: t('Restore into the new instance', '새 인스턴스로 복원'),
      detail: t('Point milvus-backup at the new instance (its etcd and object storage) and restore the backup.', 'milvus-backup이 새 인스턴스(etcd와 오브젝트 스토리지)를 가리키게 하고 백업을 복원합니다.'),
      command: `milvus-backup restore -n ${q(`${name}-migration`)}`,
    },
    verifyStep(`<new-name>`, ns, to),
    {
      title: t('Move clients, then retire the old instance', '클라이언트 이전 후 기존 인스턴스 정리'),
      detail: t('Switch clients to the new service; delete the old resource only after checking the data.', '클라이언트를 새 서비스로 옮기고 데이터를 확인한 뒤에만 기존 리소스를 삭제합니다.'),
    },
  ]
}

function backupStep(name: string, ns: string, optional: boolean): MigrationStep {
  return {
    title: t(optional ? 'Back up first (optional)' : 'Back up with milvus-backup', optional ? '먼저 백업(선택)' : 'milvus-backup으로 백업'),
    detail: t(`Take a milvus-backup snapshot of "${name}" in namespace ${ns}, so you can return to it.`,
      `네임스페이스 ${ns}의 "${name}"을(를) milvus-backup으로 백업해 되돌아갈 수 있게 합니다.`),
    command: `milvus-backup create -n ${q(`${name}-migration`)}`,
    optional,
  }
}

function verifyStep(name: string, ns: string, store: string): MigrationStep {
  return {
    title: t('Verify the store', '저장소 확인'),
    detail: t(`The Milvus log must show mqType=${store}.`, `Milvus 로그에 mqType=${store}가 보여야 합니다.`),
    command: `kubectl logs -n ${q(ns)} -l app.kubernetes.io/instance=${q(name)} --tail=-1 | grep -m1 'mqType=${store}'`,
  }
}
