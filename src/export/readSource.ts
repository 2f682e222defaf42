/**
 * Reads editor text into plain documents and the first Milvus resource (lifted to v1beta1 and
 * normalized), for the exporters that need facts about the config. Never throws. Pure.
 */
import { parseAllDocuments } from 'yaml'
import { liftToV1beta1, normalize, type MilvusResource } from '../model'

export interface SourceDocument {
  readonly index: number
  readonly value: unknown
  readonly kind: string
  readonly name: string
  readonly hasErrors: boolean
}

export interface SourceRead {
  readonly documents: readonly SourceDocument[]
  /** Index of the first Milvus / MilvusCluster document, or -1. */
  readonly milvusIndex: number
  readonly resource?: MilvusResource
}

const MILVUS_KINDS = ['Milvus', 'MilvusCluster']

/** Parses every document; the first Milvus one is lifted and normalized. */
export function readSource(source: string): SourceRead {
  const documents: SourceDocument[] = []
  try {
    const docs = parseAllDocuments(source)
    if (Array.isArray(docs)) docs.forEach((doc, index) => documents.push(toDocument(doc, index)))
  } catch {
    return { documents, milvusIndex: -1 }
  }
  const milvusIndex = documents.findIndex((d) => MILVUS_KINDS.includes(d.kind) && !d.hasErrors)
  const raw = documents[milvusIndex]?.value
  if (milvusIndex < 0 || raw === undefined) return { documents, milvusIndex: -1 }
  const { resource } = normalize(liftToV1beta1(raw).value)
  return { documents, milvusIndex, resource }
}

function toDocument(doc: ReturnType<typeof parseAllDocuments>[number], index: number): SourceDocument {
  let value: unknown
  try {
    value = doc.toJS({ maxAliasCount: 1000 })
  } catch {
    value = null
  }
  const rec = value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {}
  const meta = rec.metadata !== null && typeof rec.metadata === 'object' ? (rec.metadata as Record<string, unknown>) : {}
  return {
    index,
    value,
    kind: typeof rec.kind === 'string' ? rec.kind : '',
    name: typeof meta.name === 'string' ? meta.name : '',
    hasErrors: doc.errors.length > 0,
  }
}
