// Public API of the exporters. Every exporter takes the derived result (src/derive). Other folders import only this file.
export { toManifest } from './manifest'
export { stripServerFields } from './stripServerFields'
export { toKubectlRunbook, runbookNamespace } from './kubectlRunbook'
export { neededSecrets, toSecretManifests, PLACEHOLDER_FORM } from './runbookSecrets'
export type { NeededSecret, SecretManifest } from './runbookSecrets'
export type { RunbookOptions } from './kubectlRunbook'
export { toHelmValues, buildHelmValues } from './helmValues'
export type { HelmValuesOptions } from './helmValues'
export { toEffectiveResource } from './effectiveResource'
export { effectiveObjectStorage, describeObjectStorage } from './effectiveStorage'
export type { ObjectStorageConnection } from './effectiveStorage'
export { planMigration, planMigrations, refusalReason } from './migrationPlan'
export { migrationScript, planScript } from './migrationScript'
export type { ScriptPlan } from './migrationScript'
export { planUpgrade, upgradeScript, withVersion, UPGRADE_BRIDGE } from './upgradePlan'
export type { UpgradePlan } from './upgradePlan'
export { recommendStore } from './recommendStore'
export type { StoreAnswers, StoreRecommendation } from './recommendStore'
export { toDeploymentModel } from './deploymentModel'
export type { DeploymentModel, PodGroup, StorePlacement } from './deploymentModel'
export { renderDeploymentSvg, escapeXml } from './deploymentSvg'
export type { SvgOptions } from './deploymentSvg'
export { toKustomizeFolder, toArgoApplication, mergePatch, overlayFolderNames } from './kustomize'
export type { GitOpsFile, KustomizeOverlay, KustomizeResult, ArgoOptions } from './kustomize'
export { CHANGE_KINDS, MIGRATION_KINDS } from './types'
export type {
  ChangeKind,
  EffectiveChange,
  EffectiveResult,
  HelmValuesResult,
  UnmappedSetting,
  SecretValues,
  MigrationKind,
  MigrationPlan,
  MigrationStep,
} from './types'
