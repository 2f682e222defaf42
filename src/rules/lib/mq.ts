/**
 * Small readers shared by the message-storage rules. Pure: they read a resource and return
 * values; every default (store, mode, version) comes from the model helpers, never from here.
 */
import {
  effectiveMode,
  effectiveMsgStreamType,
  isRecord,
  isMilvusAtLeast,
  type BuiltInMQ,
  type MilvusResource,
  type MsgStreamType,
  type SpecPath,
} from '../../model'
import type { Dict } from './read'

/** Stores that live inside the Milvus pods and keep their log on the pods' data volume. */
export const BUILT_IN_STORES = ['rocksmq', 'natsmq', 'woodpecker'] as const
export type BuiltInStore = (typeof BUILT_IN_STORES)[number]

export function builtInBlock(r: MilvusResource, store: BuiltInStore): BuiltInMQ | undefined {
  return r.spec.dependencies?.[store]
}

export const DEPS: SpecPath = ['spec', 'dependencies']
export const MSG_STREAM_PATH: SpecPath = ['spec', 'dependencies', 'msgStreamType']

/** `spec.config.<section>` when it is a map. */
export function configSection(r: MilvusResource, section: string): Dict | undefined {
  const value = r.spec.config?.[section]
  return isRecord(value) ? value : undefined
}

/** `spec.config.<store>` when `store` is the selected message store (the only one Milvus reads). */
export function selectedStoreConfig(r: MilvusResource, store: MsgStreamType): Dict | undefined {
  return effectiveMsgStreamType(r) === store ? configSection(r, store) : undefined
}

/** The store to suggest instead of an embedded one in cluster mode. */
export function clusterStoreFor(r: MilvusResource): MsgStreamType {
  return isMilvusAtLeast(r, 2, 6) ? 'woodpecker' : 'pulsar'
}

/** The store to suggest for a standalone instance, by version. */
export function standaloneStoreFor(r: MilvusResource): MsgStreamType {
  return isMilvusAtLeast(r, 2, 6) ? 'woodpecker' : 'rocksmq'
}

export function isCluster(r: MilvusResource): boolean {
  return effectiveMode(r) === 'cluster'
}

/** Human name of a store for messages. */
export function storeLabel(stream: string): string {
  const labels: Record<string, string> = {
    rocksmq: 'RocksMQ',
    natsmq: 'NATS',
    pulsar: 'Pulsar',
    kafka: 'Kafka',
    woodpecker: 'Woodpecker',
    custom: 'a custom store',
  }
  return labels[stream] ?? stream
}

/** Parses an integer written as a number or a numeric string (chart values often quote them). */
export function toInt(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) return value
  if (typeof value === 'string' && /^\s*-?\d+\s*$/.test(value)) return Number.parseInt(value, 10)
  return undefined
}
