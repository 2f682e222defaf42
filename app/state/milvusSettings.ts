/** Loads the milvus.yaml catalogue chunk once; every caller shares the promise. */
import type * as MilvusSettingsChunk from './milvusSettings.chunk'

export type MilvusSettingsModule = typeof MilvusSettingsChunk

let loading: Promise<MilvusSettingsModule> | undefined

export function loadMilvusSettings(): Promise<MilvusSettingsModule> {
  loading ??= import('./milvusSettings.chunk')
  return loading
}
