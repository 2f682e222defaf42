/**
 * Where a reveal request lands in the text: the request's own range when it has one (syntax errors),
 * else the range of a finding on that exact path, else the
 * range the YAML layer reports for the path (or its nearest existing ancestor) in the edited document.
 */
import type { Derived } from '../../src/derive/types'
import type { SpecPath } from '../../src/model/types'
import type { Range } from '../../src/yaml/types'
import { rangeOfPath } from '../state/editorSupport'

function samePath(a: SpecPath, b: SpecPath): boolean {
  return a.length === b.length && a.every((seg, i) => seg === b[i])
}

export function revealTarget(
  source: string,
  derived: Derived,
  path: SpecPath,
  exact?: Range,
): Range | undefined {
  if (exact) return exact
  const finding = derived.findings.find((f) => f.range && samePath(f.path, path))
  if (finding?.range) return finding.range
  const index = derived.milvusIndex >= 0 ? derived.milvusIndex : 0
  return rangeOfPath(source, index, path)
}
