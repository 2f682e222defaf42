/** The Secrets a resource refers to that the text does not define (for runbooks and GitOps stubs). Pure. */
import { effectiveMsgStreamType, type MilvusResource } from '../model'
import type { SourceDocument } from './readSource'

export interface NeededSecret {
  readonly name: string
  readonly keys: readonly string[]
  readonly why: string
}

export function neededSecrets(r: MilvusResource | undefined, docs: readonly SourceDocument[]): NeededSecret[] {
  if (!r) return []
  const deps = r.spec.dependencies ?? {}
  const defined = new Set(docs.filter((d) => d.kind === 'Secret').map((d) => d.name))
  const out: NeededSecret[] = []
  const kafkaRef = deps.kafka?.secretRef
  if (typeof kafkaRef === 'string' && kafkaRef !== '' && effectiveMsgStreamType(r) === 'kafka') {
    out.push({ name: kafkaRef, keys: ['username', 'password'], why: 'Kafka SASL credentials (dependencies.kafka.secretRef)' })
  }
  const storageRef = deps.storage?.secretRef
  if (deps.storage?.external === true && typeof storageRef === 'string' && storageRef !== '') {
    out.push({ name: storageRef, keys: ['accesskey', 'secretkey'], why: 'object storage keys (dependencies.storage.secretRef)' })
  }
  return out.filter((s) => !defined.has(s.name))
}
