/** Readers for the built-in stores' persistence blocks (see https://github.com/zilliztech/milvus-operator/blob/v1.3.8/apis/milvus.io/v1beta1/dependencies_types.go#L174). */
import { effectiveBuiltInMq, isRecord, type MilvusResource, type SpecPath } from '../../model'
import { builtInBlock, DEPS, type BuiltInStore } from './mq'
import { readConfig, type Dict } from './read'

export function persistencePath(store: BuiltInStore): SpecPath {
  return [...DEPS, store, 'persistence']
}

export function pvcSpecOf(r: MilvusResource, store: BuiltInStore): Dict | undefined {
  const spec: unknown = builtInBlock(r, store)?.persistence?.persistentVolumeClaim?.spec
  return isRecord(spec) ? spec : undefined
}

/** Woodpecker keeps its log on the pod volume only with `woodpecker.storage.type: local`. */
export function isWoodpeckerLocal(r: MilvusResource): boolean {
  return readConfig(r, 'woodpecker', 'storage', 'type') === 'local'
}

/**
 * The selected store whose message log lives on the Milvus pods' data volume: rocksmq, natsmq,
 * or embedded woodpecker with local storage (by default woodpecker writes to object storage).
 */
export function storeLoggingToVolume(r: MilvusResource): BuiltInStore | undefined {
  const store = effectiveBuiltInMq(r)
  if (store === 'woodpecker' && !isWoodpeckerLocal(r)) return undefined
  return store
}
