/**
 * Which message queue a release actually uses. templates/config.tpl of milvus-helm writes up to
 * three `mq`/`messageQueue` blocks into the rendered milvus.yaml, in this order: the Pulsar family
 * (externalPulsar, else pulsar v2, else woodpecker, else pulsarv3), then the Kafka family
 * (externalKafka, else kafka), then, only when cluster.enabled is false and standalone.messageQueue
 * is rocksmq, natsmq or woodpecker, the standalone block. Milvus keeps the last duplicate key, so
 * the last block written wins. Pure.
 */
import { enabled, read, type HelmView } from './helmView'

export type StoreChoice =
  | {
      readonly kind: 'pulsar'
      readonly external: boolean
      readonly chart: 'pulsar-v2' | 'pulsar-v3'
      readonly from: string
    }
  | { readonly kind: 'kafka'; readonly external: boolean; readonly from: string }
  | { readonly kind: 'woodpecker'; readonly external: boolean; readonly from: string }
  | { readonly kind: 'rocksmq' | 'natsmq'; readonly external: false; readonly from: string }
  | { readonly kind: 'none'; readonly external: false; readonly from: '' }

/** Blocks that deploy pods of their own when enabled (in-cluster charts and the LogStore). */
export const DEPLOYING_BLOCKS = ['pulsar', 'pulsarv3', 'kafka'] as const

function pulsarFamily(view: HelmView): StoreChoice | undefined {
  if (enabled(view, 'externalPulsar'))
    return { kind: 'pulsar', external: true, chart: 'pulsar-v3', from: 'externalPulsar' }
  if (enabled(view, 'pulsar'))
    return { kind: 'pulsar', external: false, chart: 'pulsar-v2', from: 'pulsar' }
  if (enabled(view, 'woodpecker')) {
    const embedded = read(view, ['streaming', 'woodpecker', 'embedded']) !== false
    return { kind: 'woodpecker', external: !embedded, from: 'woodpecker' }
  }
  if (enabled(view, 'pulsarv3'))
    return { kind: 'pulsar', external: false, chart: 'pulsar-v3', from: 'pulsarv3' }
  return undefined
}

function kafkaFamily(view: HelmView): StoreChoice | undefined {
  if (enabled(view, 'externalKafka'))
    return { kind: 'kafka', external: true, from: 'externalKafka' }
  if (enabled(view, 'kafka')) return { kind: 'kafka', external: false, from: 'kafka' }
  return undefined
}

function standaloneBlock(view: HelmView): StoreChoice | undefined {
  if (read(view, ['cluster', 'enabled']) !== false) return undefined
  const queue = read(view, ['standalone', 'messageQueue'])
  if (queue === 'rocksmq' || queue === 'natsmq')
    return { kind: queue, external: false, from: 'standalone.messageQueue' }
  if (queue === 'woodpecker')
    return { kind: 'woodpecker', external: false, from: 'standalone.messageQueue' }
  return undefined
}

/** Every block the chart renders, in render order; the last one is the queue Milvus uses. */
export function renderedStoreBlocks(view: HelmView): StoreChoice[] {
  return [pulsarFamily(view), kafkaFamily(view), standaloneBlock(view)].filter(
    (c): c is StoreChoice => c !== undefined,
  )
}

export function chooseStore(view: HelmView): StoreChoice {
  return renderedStoreBlocks(view).at(-1) ?? { kind: 'none', external: false, from: '' }
}
