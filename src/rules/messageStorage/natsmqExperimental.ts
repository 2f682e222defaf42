/**
 * NATS exists in Milvus 2.3 to 2.5 only: experimental there, absent before 2.3 and removed in 2.6
 * (the 2.6 case is natsmq-removed-in-milvus-2-6).
 */
import { effectiveMsgStreamType, isRunningAtLeast, runningMilvusVersion } from '../../model'
import { defineRule } from '../defineRule'
import { MSG_STREAM_PATH } from '../lib/mq'
import { SRC_MQ_FACTORY } from '../lib/sources'

export const natsmqExperimental = defineRule({
  id: 'natsmq-experimental',
  severity: 'warning',
  title: { en: 'NATS is experimental and short-lived', ko: 'NATS는 실험적 기능이며 곧 사라집니다' },
  explanation: {
    en: 'Milvus added NATS in 2.3 as an experimental store and removed it in 2.6, so an instance on NATS cannot upgrade to 2.6 without moving its message log to another store first.',
    ko: 'Milvus는 2.3에서 NATS를 실험적 저장소로 추가했고 2.6에서 제거했습니다. 따라서 NATS를 쓰는 인스턴스는 메시지 로그를 다른 저장소로 옮기기 전에는 2.6으로 업그레이드할 수 없습니다.',
  },
  source: SRC_MQ_FACTORY,
  check(ctx, report) {
    const r = ctx.resource
    if (effectiveMsgStreamType(r) !== 'natsmq' || isRunningAtLeast(r, 2, 6)) return
    const version = runningMilvusVersion(r)
    if (!version) return
    if (!isRunningAtLeast(r, 2, 3)) {
      report(
        MSG_STREAM_PATH,
        {
          en: `Milvus ${version.raw} predates NATS (added in 2.3) and will not start with it; use rocksmq or a Milvus 2.3 to 2.5 image.`,
          ko: `Milvus ${version.raw}은(는) NATS가 추가된 2.3보다 오래된 버전이라 시작되지 않습니다. rocksmq를 쓰거나 Milvus 2.3~2.5 이미지를 사용하세요.`,
        },
        { severity: 'error' },
      )
      return
    }
    report(MSG_STREAM_PATH, {
      en: `NATS is experimental on Milvus ${version.raw} and removed in 2.6; prefer rocksmq (or woodpecker after upgrading) unless you need messages over 64 KB.`,
      ko: `NATS는 Milvus ${version.raw}에서 실험적 기능이며 2.6에서 제거됩니다. 64KB가 넘는 메시지가 필요하지 않다면 rocksmq(업그레이드 후에는 woodpecker)를 사용하세요.`,
    })
  },
})
