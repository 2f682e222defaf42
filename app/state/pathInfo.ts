/**
 * Per-field facts about the YAML behind a path, for notes under form fields and findings: the
 * value is shared through an anchor, or an edit of it would be refused (the field is read-only
 * with the reason). Answers are cached per source text; text without YAML properties costs nothing.
 */
import type { SpecPath } from '../../src/model/types'
import { describePath, mayDescribe, type PathEditInfo } from '../../src/yaml'
import { useStudioStore } from './store'
import type { StudioState } from './types'

const NOTHING: PathEditInfo = {}
let cachedSource = ''
/** Whether this text can have anything to tell at all (most texts cannot: no key to build). */
let cachedMay = false
const cache = new Map<string, PathEditInfo>()

export function selectPathInfo(s: StudioState, path: SpecPath): PathEditInfo {
  if (!s.derived.ok || s.derived.milvusIndex < 0) return NOTHING
  if (cachedSource !== s.source) {
    cachedSource = s.source
    cachedMay = mayDescribe(s.source)
    cache.clear()
  }
  if (!cachedMay) return NOTHING
  const key = `${s.derived.milvusIndex}\u0000${path.map(String).join('\u0000')}`
  let info = cache.get(key)
  if (!info) {
    const found = describePath(s.source, path, s.derived.milvusIndex)
    info = found.shared || found.refusal ? found : NOTHING
    cache.set(key, info)
  }
  return info
}

/** The shared-data and refusal facts for one path, re-read when the text changes. */
export function usePathInfo(path: SpecPath): PathEditInfo {
  return useStudioStore((s) => selectPathInfo(s, path))
}
