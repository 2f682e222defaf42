// Public API of the exporters. Other folders import only this file.
export { toManifest } from './manifest'
export { stripServerFields } from './stripServerFields'
export { toKubectlRunbook } from './kubectlRunbook'
export type { RunbookOptions } from './kubectlRunbook'
export { toHelmValues, buildHelmValues } from './helmValues'
export { HELM_STORE_FLAGS, HELM_STANDALONE_QUEUES } from './helmStore'
export { toEffectiveResource } from './effectiveResource'
export { planMigration } from './migrationPlan'
export { recommendStore } from './recommendStore'
export type { StoreAnswers, StoreRecommendation } from './recommendStore'
export { toDeploymentModel } from './deploymentModel'
export type { DeploymentModel, PodGroup, StorePlacement } from './deploymentModel'
export { renderDeploymentSvg, escapeXml } from './deploymentSvg'
export type { SvgOptions } from './deploymentSvg'
export { readSource } from './readSource'
export type { SourceRead, SourceDocument } from './readSource'
export { CHANGE_KINDS, MIGRATION_KINDS } from './types'
export type {
  ChangeKind, EffectiveChange, EffectiveResult, HelmValuesResult, UnmappedSetting, MigrationKind,
  MigrationPlan, MigrationStep,
} from './types'
