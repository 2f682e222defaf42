/**
 * A NATS client connection buffers at most maxPending bytes; a message up to maxPayload must fit,
 * so maxPayload larger than maxPending cannot work (defaults 8 MiB and 64 MiB, Milvus 2.5 yaml).
 */
import { effectiveMsgStreamType } from '../../model'
import { defineRule } from '../defineRule'
import { setFix } from '../lib/fix'
import { toInt } from '../lib/mq'
import { SRC_PARAMS } from '../lib/sources'
import { configPath, readConfig } from '../lib/read'

const MAX_PAYLOAD_DEFAULT = 8388608
const MAX_PENDING_DEFAULT = 67108864

export const natsmqPayloadExceedsPending = defineRule({
  id: 'natsmq-payload-exceeds-pending',
  severity: 'error',
  title: { en: 'NATS maxPayload above maxPending', ko: 'maxPending보다 큰 NATS maxPayload' },
  explanation: {
    en: 'natsmq.server.maxPayload is the largest message NATS accepts and maxPending the most bytes buffered per connection. A payload larger than the buffer can never be delivered; NATS refuses to start with such settings. Defaults: maxPayload 8388608, maxPending 67108864.',
    ko: 'natsmq.server.maxPayload는 NATS가 받는 가장 큰 메시지, maxPending은 연결당 버퍼에 쌓을 수 있는 최대 바이트입니다. 버퍼보다 큰 페이로드는 전달될 수 없으며 NATS는 이런 설정으로 시작하지 않습니다. 기본값: maxPayload 8388608, maxPending 67108864.',
  },
  source: SRC_PARAMS,
  check(ctx, report) {
    const r = ctx.resource
    if (effectiveMsgStreamType(r) !== 'natsmq') return
    const writtenPayload = toInt(readConfig(r, 'natsmq', 'server', 'maxPayload'))
    const writtenPending = toInt(readConfig(r, 'natsmq', 'server', 'maxPending'))
    if (writtenPayload === undefined && writtenPending === undefined) return
    const payload = writtenPayload ?? MAX_PAYLOAD_DEFAULT
    const pending = writtenPending ?? MAX_PENDING_DEFAULT
    if (payload <= pending) return
    const path = configPath('natsmq', 'server', 'maxPayload')
    report(
      path,
      {
        en: `natsmq.server.maxPayload (${payload}) is larger than maxPending (${pending}), so large messages can never be buffered; lower maxPayload to ${pending} or raise maxPending.`,
        ko: `natsmq.server.maxPayload(${payload})가 maxPending(${pending})보다 커서 큰 메시지를 버퍼에 담을 수 없습니다. maxPayload를 ${pending} 이하로 낮추거나 maxPending을 늘리세요.`,
      },
      {
        fix: setFix(
          { en: `Set maxPayload to ${pending}`, ko: `maxPayload를 ${pending}(으)로 설정` },
          path,
          pending,
        ),
      },
    )
  },
})
