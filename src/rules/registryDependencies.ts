// etcd, object storage and component rules (issue: the rest of the resource).
import type { Rule } from './types'

export const DEPENDENCY_RULES: readonly Rule[] = []
