/** Display names of the message stores (catalogue keys) and a type guard. */
import type { MsgStreamType } from '../../src/model'
import { MSG_STREAM_TYPES } from '../state/engine'

export const STORE_LABEL_KEYS = {
  rocksmq: 'rocksmq',
  natsmq: 'natsmq',
  pulsar: 'pulsar',
  kafka: 'kafka',
  woodpecker: 'woodpecker',
  custom: 'custom',
} as const satisfies Record<MsgStreamType, string>

/** True for a value of the CRD's msgStreamType enum (the empty string excluded). */
export function isMsgStreamType(x: unknown): x is MsgStreamType {
  return typeof x === 'string' && (MSG_STREAM_TYPES as readonly string[]).includes(x)
}
