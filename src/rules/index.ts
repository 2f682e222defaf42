// Public API of the rules. ALL_RULES is an explicit array (STYLE §5), built from two registries.
import { readBackObject, v1alpha1MilvusCluster } from './input'
import {
  endpointOperatorSplit, nameTooLong, secretKeysMissing, secretNamespace, secretWrongType, storageTlsPort, versionUnreadable,
} from './parity'
import { DEPENDENCY_RULES } from './registryDependencies'
import { MESSAGE_STORAGE_RULES } from './registryMessageStorage'
import type { Rule } from './types'

export { defineRule, runRules } from './defineRule'
export { SEVERITIES } from './types'
export type { Finding, Fix, Patch, Report, ReportOptions, Rule, RuleContext, Severity } from './types'

export const ALL_RULES: readonly Rule[] = [
  ...MESSAGE_STORAGE_RULES,
  ...DEPENDENCY_RULES,
  // Operator parity (src/rules/parity) and input as users paste it (src/rules/input).
  endpointOperatorSplit,
  storageTlsPort,
  versionUnreadable,
  secretKeysMissing,
  secretNamespace,
  secretWrongType,
  nameTooLong,
  readBackObject,
  v1alpha1MilvusCluster,
]
