/**
 * Which blocks written in the resource the operator or Milvus will not use for the current store
 * choice, in the order the stores are offered (see https://github.com/zilliztech/milvus-operator/blob/v1.3.8/apis/milvus.io/v1beta1/dependencies_types.go#L77, https://github.com/zilliztech/milvus-operator/blob/v1.3.8/pkg/controllers/configmaps.go#L90 and https://github.com/zilliztech/milvus-operator/blob/v1.3.8/tool/merge/main.go#L25, https://github.com/zilliztech/milvus-operator/blob/v1.3.8/apis/milvus.io/v1beta1/milvus_webhook.go#L511). Pure: reads the resource through the model's helpers only.
 */
import { effectiveMsgStreamType } from './effective'
import { getAtPath } from './paths'
import { STORE_CONFIG_KEY, storeBlockPath } from './stores'
import { MSG_STREAM_TYPES, type MilvusResource, type MsgStreamType, type SpecPath } from './types'

export const IGNORED_REASONS = ['otherStore', 'configDropped', 'overwritten', 'external'] as const
export type IgnoredReason = (typeof IGNORED_REASONS)[number]

export interface IgnoredBlock {
  readonly path: SpecPath
  readonly reason: IgnoredReason
}

const DEPS = ['spec', 'dependencies'] as const

function has(r: MilvusResource, path: SpecPath): boolean {
  const v = getAtPath(r, path)
  return v !== undefined && v !== null
}

function storeSpecific(r: MilvusResource, type: MsgStreamType): IgnoredBlock[] {
  const out: IgnoredBlock[] = []
  const add = (path: SpecPath, reason: IgnoredReason): void => {
    if (has(r, path)) out.push({ path, reason })
  }
  const external = (store: string): boolean => getAtPath(r, [...DEPS, store, 'external']) === true
  if (type === 'woodpecker' && external('woodpecker'))
    add([...DEPS, 'woodpecker', 'persistence'], 'external')
  if (type === 'pulsar') {
    if (external('pulsar')) add([...DEPS, 'pulsar', 'inCluster'], 'external')
    else add([...DEPS, 'pulsar', 'endpoint'], 'overwritten')
  }
  if (type === 'kafka') {
    if (external('kafka')) add([...DEPS, 'kafka', 'inCluster'], 'external')
    else add([...DEPS, 'kafka', 'brokerList'], 'overwritten')
  }
  if (type !== 'custom') add(['spec', 'config', 'mq', 'type'], 'overwritten')
  return out
}

/** Blocks in the YAML that have no effect with the store the operator will use. */
export function ignoredBlocks(resource: MilvusResource): IgnoredBlock[] {
  const type = effectiveMsgStreamType(resource)
  const out: IgnoredBlock[] = []
  const others = MSG_STREAM_TYPES.filter((store) => store !== type)
  for (const store of others) {
    const path = storeBlockPath(store)
    if (has(resource, path)) out.push({ path, reason: 'otherStore' })
  }
  // milvus.yaml sections the operator (or the config merge tool) drops unless they are the chosen MQ.
  if (type !== 'custom') {
    for (const store of others) {
      const key = STORE_CONFIG_KEY[store]
      const path = ['spec', 'config', key ?? '']
      if (key !== undefined && has(resource, path)) out.push({ path, reason: 'configDropped' })
    }
  }
  return [...out, ...storeSpecific(resource, type)]
}
