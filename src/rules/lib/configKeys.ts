/** The keys of `spec.config` resolved against milvus.yaml's catalogue, once per context. Pure. */
import { isRecord, milvusConfigIndex, type SpecPath } from '../../model'
import { sharedPerContext } from './shared'
import { resolvedKeys, type ResolvedKeys } from './walkKeys'

/** Where the keys are written: a partial milvus.yaml. */
export const CONFIG_PATH: SpecPath = ['spec', 'config']

/** Undefined when `spec.config` is not a map. */
export const configKeys = sharedPerContext((ctx): ResolvedKeys | undefined => {
  const config = ctx.resource.spec.config
  return isRecord(config) ? resolvedKeys(config, CONFIG_PATH, milvusConfigIndex()) : undefined
})
