// Public API of the rules. ALL_RULES is an explicit array (STYLE §5), built from two registries.
import { DEPENDENCY_RULES } from './registryDependencies'
import { MESSAGE_STORAGE_RULES } from './registryMessageStorage'
import type { Rule } from './types'
import { chartConfigDataStrings } from './charts/chartConfigDataStrings'
import { chartImageRegistryInRepository } from './charts/chartImageRegistryInRepository'
import { chartValuesOperatorField } from './charts/chartValuesOperatorField'
import { chartValuesOtherVersion } from './charts/chartValuesOtherVersion'
import { chartValuesUnknownKey } from './charts/chartValuesUnknownKey'
import { configLiteralSecret } from './config/configLiteralSecret'
import { configUnknownKey } from './config/configUnknownKey'
import { configValueType } from './config/configValueType'

export { defineRule, runRules } from './defineRule'
export { SEVERITIES } from './types'
export type { Finding, Fix, Patch, Report, ReportOptions, Rule, RuleContext, Severity } from './types'

export const ALL_RULES: readonly Rule[] = [
  ...MESSAGE_STORAGE_RULES,
  ...DEPENDENCY_RULES,
  // Knowledge from the sources: spec.config against milvus.yaml, inCluster.values against the charts.
  configUnknownKey,
  configValueType,
  configLiteralSecret,
  chartValuesUnknownKey,
  chartValuesOtherVersion,
  chartValuesOperatorField,
  chartImageRegistryInRepository,
  chartConfigDataStrings,
]
