/** Woodpecker exists from Milvus 2.6.0 (milvus-io/milvus #41095); older images reject it. */
import { effectiveMsgStreamType, isRunningAtLeast, runningMilvusVersion } from '../../model'
import { defineRule } from '../defineRule'
import { setFix } from '../lib/fix'
import { isCluster, MSG_STREAM_PATH, storeLabel } from '../lib/mq'
import { SRC_MQ_FACTORY } from '../lib/sources'

export const woodpeckerNeedsMilvus26 = defineRule({
  id: 'woodpecker-needs-milvus-2-6',
  severity: 'error',
  title: { en: 'Woodpecker before Milvus 2.6', ko: 'Milvus 2.6 이전의 Woodpecker' },
  explanation: {
    en: 'Woodpecker arrived in Milvus 2.6.0. An older Milvus does not know mq.type woodpecker and exits at start.',
    ko: 'Woodpecker는 Milvus 2.6.0부터 제공됩니다. 그보다 오래된 Milvus는 mq.type woodpecker를 알지 못해 시작 시 종료됩니다.',
  },
  source: SRC_MQ_FACTORY,
  check(ctx, report) {
    const r = ctx.resource
    // An unreadable tag (a dev build) may well contain woodpecker: stay quiet.
    const version = runningMilvusVersion(r)
    if (effectiveMsgStreamType(r) !== 'woodpecker' || !version || isRunningAtLeast(r, 2, 6)) return
    const target = isCluster(r) ? 'pulsar' : 'rocksmq'
    report(
      MSG_STREAM_PATH,
      {
        en: `Milvus ${version.raw} has no Woodpecker (it needs 2.6.0 or later); use a 2.6 image or switch msgStreamType to ${target}.`,
        ko: `Milvus ${version.raw}에는 Woodpecker가 없습니다(2.6.0 이상 필요). 2.6 이미지를 쓰거나 msgStreamType을 ${target}(으)로 바꾸세요.`,
      },
      {
        fix: setFix(
          { en: `Switch to ${storeLabel(target)}`, ko: `${storeLabel(target)}(으)로 전환` },
          MSG_STREAM_PATH,
          target,
        ),
      },
    )
  },
})
