/**
 * Which blocks written in the resource the operator or Milvus will not use for the current store
 * choice (see https://github.com/zilliztech/milvus-operator/blob/v1.3.8/apis/milvus.io/v1beta1/dependencies_types.go#L77, https://github.com/zilliztech/milvus-operator/blob/v1.3.8/pkg/controllers/configmaps.go#L90 and https://github.com/zilliztech/milvus-operator/blob/v1.3.8/tool/merge/main.go#L25, https://github.com/zilliztech/milvus-operator/blob/v1.3.8/apis/milvus.io/v1beta1/milvus_webhook.go#L511). Pure: reads the resource through the model's helpers only.
 */
import type { MilvusResource, MsgStreamType, SpecPath } from '../../src/model'
import { effectiveMsgStreamType, getAtPath } from '../state/engine'

export const IGNORED_REASONS = ['otherStore', 'configDropped', 'overwritten', 'external'] as const
export type IgnoredReason = (typeof IGNORED_REASONS)[number]

export interface IgnoredBlock {
  readonly path: SpecPath
  readonly reason: IgnoredReason
}

const DEP_BLOCKS: readonly (readonly [string, MsgStreamType])[] = [
  ['rocksmq', 'rocksmq'],
  ['natsmq', 'natsmq'],
  ['woodpecker', 'woodpecker'],
  ['pulsar', 'pulsar'],
  ['kafka', 'kafka'],
  ['customMsgStream', 'custom'],
]

/** milvus.yaml sections the operator (or the config merge tool) drops unless they are the chosen MQ. */
const CONFIG_SECTIONS: readonly (readonly [string, MsgStreamType])[] = [
  ['rocksmq', 'rocksmq'],
  ['natsmq', 'natsmq'],
  ['pulsar', 'pulsar'],
  ['kafka', 'kafka'],
  ['woodpecker', 'woodpecker'],
]

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
  for (const [key, owner] of DEP_BLOCKS) {
    const path = [...DEPS, key]
    if (owner !== type && has(resource, path)) out.push({ path, reason: 'otherStore' })
  }
  if (type !== 'custom') {
    for (const [key, owner] of CONFIG_SECTIONS) {
      const path = ['spec', 'config', key]
      if (owner !== type && has(resource, path)) out.push({ path, reason: 'configDropped' })
    }
  }
  return [...out, ...storeSpecific(resource, type)]
}
