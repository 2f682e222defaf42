/**
 * Milvus 2.6 removed the embedded NATS store (milvus-io/milvus #41565) and panics on
 * `mq.type: natsmq`. The CRD still offers the value and the operator's default image is 2.6.
 */
import {
  effectiveMsgStreamType,
  isRunningAtLeast,
  LAST_25_TAG,
  runningMilvusVersion,
} from '../../model'
import { defineRule } from '../defineRule'
import { pinImageFix } from '../lib/fix'
import { MSG_STREAM_PATH } from '../lib/mq'
import { SRC_MQ_FACTORY } from '../lib/sources'

export const natsmqRemovedInMilvus26 = defineRule({
  id: 'natsmq-removed-in-milvus-2-6',
  severity: 'error',
  title: { en: 'NATS on Milvus 2.6 or later', ko: 'Milvus 2.6 이상에서의 NATS' },
  explanation: {
    en: 'Milvus 2.6 dropped the embedded NATS message store and exits at start with "mq type natsmq is invalid". The operator accepts the value and, with no image pinned, runs its default 2.6 image.',
    ko: 'Milvus 2.6에서는 내장 NATS 메시지 저장소가 제거되어 시작 시 "mq type natsmq is invalid"로 종료됩니다. 오퍼레이터는 이 값을 받아들이고, 이미지를 지정하지 않으면 기본 2.6 이미지를 실행합니다.',
  },
  source: SRC_MQ_FACTORY,
  check(ctx, report) {
    const r = ctx.resource
    if (effectiveMsgStreamType(r) !== 'natsmq' || !isRunningAtLeast(r, 2, 6)) return
    const version = runningMilvusVersion(r)
    const shown = version?.raw ?? '2.6+'
    report(
      MSG_STREAM_PATH,
      {
        en: `Milvus ${shown} has no NATS support and will not start; pin a 2.5 image (for example ${LAST_25_TAG}) or switch msgStreamType to woodpecker or rocksmq.`,
        ko: `Milvus ${shown}에는 NATS 지원이 없어 시작되지 않습니다. 2.5 이미지(예: ${LAST_25_TAG})를 지정하거나 msgStreamType을 woodpecker 또는 rocksmq로 바꾸세요.`,
      },
      {
        fix: pinImageFix(ctx, LAST_25_TAG, {
          en: `Pin Milvus ${LAST_25_TAG}`,
          ko: `Milvus ${LAST_25_TAG}(으)로 고정`,
        }),
      },
    )
  },
})
