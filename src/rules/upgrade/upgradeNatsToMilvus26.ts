/**
 * A running NATS instance cannot be upgraded to 2.6: 2.6 has no NATS (milvus-io/milvus #41565)
 * and an upgrade keeps the message store (https://milvus.io/docs/upgrade_milvus_cluster-operator.md).
 * The store has to move first, on 2.5, by backup and restore.
 */
import { effectiveMsgStreamType } from '../../model'
import { defineRule } from '../defineRule'
import { pinImageFix } from '../lib/fix'
import { SRC_DOCS_UPGRADE } from '../lib/sources'
import { asTag, upgradeOf } from '../lib/upgrade'
import { crossesInto26 } from '../../model'

export const upgradeNatsToMilvus26 = defineRule({
  id: 'upgrade-nats-to-milvus-2-6',
  severity: 'error',
  title: {
    en: 'Upgrade to 2.6 from an instance on NATS',
    ko: 'NATS를 쓰는 인스턴스의 2.6 업그레이드',
  },
  explanation: {
    en: 'Milvus 2.6 removed the embedded NATS store, and an upgrade keeps the store the instance runs on, so the upgraded pods would not start. Move the running instance to RocksMQ, Pulsar or Kafka on 2.5 first (backup and restore into a new instance), then upgrade that one.',
    ko: 'Milvus 2.6에서는 내장 NATS 저장소가 제거되었고 업그레이드는 인스턴스가 쓰던 저장소를 유지하므로, 업그레이드된 파드는 시작하지 못합니다. 먼저 2.5에서 실행 중인 인스턴스를 RocksMQ, Pulsar, Kafka로 옮긴 뒤(새 인스턴스로 백업 후 복원) 그 인스턴스를 업그레이드하세요.',
  },
  source: SRC_DOCS_UPGRADE,
  check(ctx, report) {
    const up = upgradeOf(ctx)
    if (!up || !ctx.baseline || !crossesInto26(up.from, up.to)) return
    if (effectiveMsgStreamType(ctx.baseline) !== 'natsmq') return
    const keep = asTag(up.from)
    report(
      up.imagePath,
      {
        en: `The running instance uses NATS, which ${up.to.raw} does not have: stay on ${keep}, move off NATS by backup and restore, mark the new instance as the baseline, then upgrade it.`,
        ko: `실행 중인 인스턴스는 ${up.to.raw}에 없는 NATS를 씁니다. ${keep}에 머문 채 백업과 복원으로 NATS에서 옮기고, 새 인스턴스를 기준으로 지정한 뒤 업그레이드하세요.`,
      },
      { fix: pinImageFix(ctx, keep, { en: `Stay on ${keep}`, ko: `${keep} 유지` }) },
    )
  },
})
