/** Display names of the message stores (the same in both languages but Korean's `custom`, see form/messagesStores.ts). */
import type { MsgStreamType } from '../../src/model/types'

export const STORE_NAMES: Record<MsgStreamType, string> = {
  rocksmq: 'RocksMQ',
  natsmq: 'NATS',
  pulsar: 'Pulsar',
  kafka: 'Kafka',
  woodpecker: 'Woodpecker',
  custom: 'Custom',
}
