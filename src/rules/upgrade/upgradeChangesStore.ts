/**
 * An upgrade keeps the message store: the Milvus docs upgrade the image with the store unchanged
 * and move to Woodpecker on 2.6 as a separate step (the streaming node's WAL switch,
 * https://milvus.io/docs/upgrade_milvus_cluster-operator.md). The trap is the default: with no
 * msgStreamType written, a 2.6 standalone defaults to Woodpecker (operator v1.3.8
 * setDefaultMsgStreamType), so a plain image bump also changes the store.
 */
import {
  crossesInto26,
  effectiveMsgStreamType,
  isMsgStreamDefaulted,
  type MsgStreamType,
} from '../../model'
import { defineRule } from '../defineRule'
import { MSG_STREAM_PATH, storeLabel } from '../lib/mq'
import { SRC_DOCS_UPGRADE } from '../lib/sources'
import { upgradeOf } from '../lib/upgrade'

export const upgradeChangesStore = defineRule({
  id: 'upgrade-changes-store',
  severity: 'error',
  title: {
    en: 'Upgrade changes the message store',
    ko: '업그레이드가 메시지 저장소를 바꿈',
  },
  explanation: {
    en: 'Milvus keeps its channels and unflushed data in the store it runs on, and an upgrade does not move them: the docs upgrade with the store unchanged and switch stores (for Woodpecker on 2.6, the WAL switch through the streaming node) only afterwards, as its own migration.',
    ko: 'Milvus는 채널과 아직 플러시되지 않은 데이터를 사용 중인 저장소에 두며, 업그레이드는 이를 옮기지 않습니다. 문서는 저장소를 그대로 둔 채 업그레이드하고, 저장소 전환(2.6의 Woodpecker는 스트리밍 노드를 통한 WAL 전환)은 그 뒤에 별도 마이그레이션으로 합니다.',
  },
  source: SRC_DOCS_UPGRADE,
  check(ctx, report) {
    const up = upgradeOf(ctx)
    if (!up || !ctx.baseline) return
    const before = effectiveMsgStreamType(ctx.baseline)
    const after = effectiveMsgStreamType(ctx.resource)
    if (before === after) return
    // NATS cannot be kept on 2.6: upgrade-nats-to-milvus-2-6 says what to do instead.
    const canKeep = !(before === 'natsmq' && crossesInto26(up.from, up.to))
    const message = isMsgStreamDefaulted(ctx.resource)
      ? {
          en: `On ${up.to.raw} the operator defaults to ${storeLabel(after)}, but the running instance uses ${storeLabel(before)} and an upgrade keeps the store: write msgStreamType: ${before} for the upgrade and switch to ${storeLabel(after)} afterwards as its own migration.`,
          ko: `${up.to.raw}에서 오퍼레이터의 기본값은 ${storeLabel(after)}이지만 실행 중인 인스턴스는 ${storeLabel(before)}을(를) 쓰며 업그레이드는 저장소를 유지합니다. 업그레이드에는 msgStreamType: ${before}를 쓰고 ${storeLabel(after)}(으)로의 전환은 그 뒤에 별도 마이그레이션으로 하세요.`,
        }
      : {
          en: `This upgrade (${up.from.raw} -> ${up.to.raw}) also moves the store from ${storeLabel(before)} to ${storeLabel(after)}: upgrade with msgStreamType: ${before} first, then migrate to ${storeLabel(after)} as a separate step.`,
          ko: `이 업그레이드(${up.from.raw} -> ${up.to.raw})는 저장소도 ${storeLabel(before)}에서 ${storeLabel(after)}(으)로 바꿉니다. 먼저 msgStreamType: ${before}로 업그레이드한 뒤 ${storeLabel(after)}(으)로의 이전은 별도 단계로 하세요.`,
        }
    report(
      MSG_STREAM_PATH,
      message,
      canKeep
        ? {
            fix: {
              title: {
                en: `Keep ${storeLabel(before)} for the upgrade`,
                ko: `업그레이드 동안 ${storeLabel(before)} 유지`,
              },
              patches: [
                { op: 'set', path: MSG_STREAM_PATH, value: before satisfies MsgStreamType },
              ],
            },
          }
        : undefined,
    )
  },
})
