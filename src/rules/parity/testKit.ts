/** Test helper for the parity rules: runs one rule with the other documents of a stream. */
import type { MilvusResource } from '../../model'
import { runRules } from '../defineRule'
import type { Finding, Rule } from '../types'

export function lintWith(rule: Rule, resource: MilvusResource, stream: readonly unknown[] = []): Finding[] {
  return runRules({ resource, original: { apiVersion: resource.apiVersion, kind: resource.kind }, raw: resource, stream }, [rule])
}
