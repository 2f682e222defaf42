/**
 * The derive step with every rule of the registry: what the CLI, the derive worker and the tests
 * call. The work itself is in `deriveWith.ts`, which takes the rules from its caller.
 */
import { ALL_RULES } from '../rules'
import type { ParsedDocument } from '../yaml/types'
import { checkMilvusDocument as checkWithRules, deriveWithRules, type Frame } from './deriveWith'
import type { DeriveOptions, Derived } from './types'

export {
  isMilvusCandidate,
  isMilvusKind,
  locateFinding,
  sortFindings,
  type Frame,
} from './deriveWith'

/** Parses, lifts, normalizes and checks `source` (every rule unless `options.rules` says). */
export function deriveDocument(source: string, options: DeriveOptions = {}): Derived {
  return deriveWithRules(source, options.rules ?? ALL_RULES, options)
}

/** Lifts, normalizes and checks one parsed Milvus document (see `deriveWith.ts`). */
export function checkMilvusDocument(
  doc: ParsedDocument,
  apiVersion: string,
  kind: string,
  options: DeriveOptions,
  stream: readonly unknown[] = [],
  frame?: Frame,
): ReturnType<typeof checkWithRules> {
  const ruled = { ...options, rules: options.rules ?? ALL_RULES }
  return checkWithRules(doc, apiVersion, kind, ruled, stream, frame)
}
