// Public API of the rules. ALL_RULES is an explicit array (STYLE §5), built from two registries.
import { DEPENDENCY_RULES } from './registryDependencies'
import { MESSAGE_STORAGE_RULES } from './registryMessageStorage'
import type { Rule } from './types'

export { defineRule, runRules } from './defineRule'
export { SEVERITIES } from './types'
export type { Finding, Fix, Patch, Report, ReportOptions, Rule, RuleContext, Severity } from './types'

export const ALL_RULES: readonly Rule[] = [...MESSAGE_STORAGE_RULES, ...DEPENDENCY_RULES]
