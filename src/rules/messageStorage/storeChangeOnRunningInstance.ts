/**
 * Change safety: the message store and the mode of a running Milvus cannot change in place. The
 * docs page says the store cannot change while Milvus runs; the operator webhook accepts the edit
 * anyway (see https://github.com/zilliztech/milvus-operator/blob/v1.3.8/apis/milvus.io/v1beta1/milvus_webhook.go#L135, https://github.com/milvus-io/milvus/blob/master/internal/util/dependency/factory.go). The UI offers a migration runbook instead of a fix.
 */
import { MODE_NAMES, effectiveMode, effectiveMsgStreamType } from '../../model'
import { defineRule } from '../defineRule'
import { MSG_STREAM_PATH, storeLabel } from '../lib/mq'
import { SRC_DOCS_MQ } from '../lib/sources'
import { upgradeOf } from '../lib/upgrade'

export const storeChangeOnRunningInstance = defineRule({
  id: 'store-change-on-running-instance',
  severity: 'error',
  title: {
    en: 'Store or mode change on a running instance',
    ko: '실행 중인 인스턴스의 저장소 또는 모드 변경',
  },
  explanation: {
    en: 'Milvus keeps its channels, positions and unflushed data in the message store it started with, and cluster and standalone lay out their data differently. Neither can be switched by editing the resource: the operator accepts the change, but Milvus then starts on an empty log or fails. Migrate instead: stop writes, flush, stop Milvus, change the settings and restart, or back up and restore into a new instance.',
    ko: 'Milvus는 채널, 위치, 아직 플러시되지 않은 데이터를 처음 시작한 메시지 저장소에 두며, cluster와 standalone은 데이터 배치가 다릅니다. 어느 쪽도 리소스를 고쳐서 바꿀 수 없습니다. 오퍼레이터는 변경을 받아들이지만 Milvus는 빈 로그로 시작하거나 실패합니다. 대신 쓰기를 멈추고 플러시한 뒤 Milvus를 중지하고 설정을 바꿔 재시작하거나, 백업 후 새 인스턴스로 복원하는 마이그레이션을 하세요.',
  },
  source: SRC_DOCS_MQ,
  check(ctx, report) {
    const base = ctx.baseline
    if (!base) return
    const r = ctx.resource
    const [before, after] = [effectiveMsgStreamType(base), effectiveMsgStreamType(r)]
    // During an upgrade, upgrade-changes-store reports the store with the order the docs require.
    if (before !== after && !upgradeOf(ctx)) {
      report(MSG_STREAM_PATH, {
        en: `The running instance uses ${storeLabel(before)} and the message store cannot change while Milvus runs (the operator does not stop this edit); keep msgStreamType: ${before}, or follow the migration runbook to move to ${storeLabel(after)}.`,
        ko: `실행 중인 인스턴스는 ${storeLabel(before)}을(를) 쓰며 Milvus가 실행되는 동안에는 메시지 저장소를 바꿀 수 없습니다(오퍼레이터는 이 변경을 막지 않습니다). msgStreamType: ${before}를 유지하거나, 마이그레이션 절차에 따라 ${storeLabel(after)}(으)로 옮기세요.`,
      })
    }
    const [modeBefore, modeAfter] = [effectiveMode(base), effectiveMode(r)]
    if (modeBefore !== modeAfter) {
      report(['spec', 'mode'], {
        en: `The running instance is ${modeBefore} and cannot become ${modeAfter} in place (the operator accepts the edit but the data layout differs); keep mode: ${modeBefore}, or migrate into a new ${modeAfter} instance with backup and restore.`,
        ko: `실행 중인 인스턴스는 ${MODE_NAMES[modeBefore].ko} 모드이며 제자리에서 ${MODE_NAMES[modeAfter].ko} 모드로 바꿀 수 없습니다(오퍼레이터는 변경을 받아들이지만 데이터 배치가 다릅니다). mode: ${modeBefore}를 유지하거나, 백업과 복원으로 새 ${MODE_NAMES[modeAfter].ko} 인스턴스로 옮기세요.`,
      })
    }
  },
})
