/**
 * What the export, baseline and guide dialogs compute from the document: thin calls into the
 * engine's exporters, so components never import the engine themselves. Imported only by those
 * lazy dialogs (and a dynamic import), so the exporters stay out of the first load; the share
 * codec and the presets have their own doors (shareLink.ts, presetList.ts) for the same reason.
 */
import type { MigrationPlan } from '../../src/export'
import {
  migrationScript,
  neededSecrets,
  planMigration,
  planMigrations,
  planUpgrade,
  runbookNamespace,
  toSecretManifests,
  upgradeScript,
  withVersion,
  UPGRADE_BRIDGE,
  recommendStore,
  renderDeploymentSvg,
  toDeploymentModel,
  toEffectiveResource,
  toHelmValues,
  stripServerFields,
  toArgoApplication,
  toKubectlRunbook,
  toKustomizeFolder,
  toManifest,
  overlayFolderNames,
} from '../../src/export'
import { deriveDocument } from '../../src/derive'
import type { Derived } from '../../src/derive/types'
import { DEFAULT_MILVUS_IMAGE, imageTag } from '../../src/model'
import type { MilvusResource } from '../../src/model/types'
import { serializeYaml } from '../../src/yaml'

export type { MigrationPlan }
export type { MigrationStep, UpgradePlan } from '../../src/export'

export const manifestOf = toManifest
/** The manifest without the fields the cluster wrote (status, uid, resourceVersion, …). */
export const manifestWithoutServerFieldsOf = (derived: Pick<Derived, 'source'>): string =>
  stripServerFields(toManifest(derived))
export const kubectlRunbookOf = toKubectlRunbook
export const helmValuesOf = toHelmValues
export const recommendStoreFor = recommendStore

/** The Kustomize folder with an overlay per chosen named baseline (each named after it, made folder-safe). */
export function kustomizeFolderWithBaselines(
  derived: Derived,
  baselines: readonly { readonly name: string; readonly source: string }[],
) {
  const folders = overlayFolderNames(baselines.map((b) => b.name))
  return toKustomizeFolder(
    derived,
    baselines.map((b, i) => ({ name: folders[i] ?? 'overlay', derived: deriveDocument(b.source) })),
  )
}
export const argoApplicationOf = toArgoApplication
/** The overlay folder each named baseline gets in the Kustomize export, in the same order. */
export const overlayFoldersOf = overlayFolderNames

/** The resource after the operator's defaulting, as YAML, with the list of what it changed. */
export function effectiveResourceOf(resource: MilvusResource) {
  const result = toEffectiveResource(resource)
  return { ...result, text: serializeYaml(result.resource) }
}

/** The deployment diagram as SVG markup. */
export function deploymentSvgOf(
  resource: MilvusResource,
  options: Parameters<typeof renderDeploymentSvg>[1],
): string {
  return renderDeploymentSvg(toDeploymentModel(resource), options)
}

/** What changes between the running baseline and the edited resource, step by step. */
export function migrationPlanOf(
  baseline: MilvusResource,
  resource: MilvusResource,
): MigrationPlan | undefined {
  return planMigration(baseline, resource)
}

/** Every way offered from the baseline to the resource (in place first, then backup and restore). */
export const migrationPlansOf = planMigrations
export const migrationScriptOf = migrationScript
export const upgradePlanOf = planUpgrade
export const upgradeScriptOf = upgradeScript
export const withMilvusVersion = withVersion
export const UPGRADE_BRIDGE_VERSION = UPGRADE_BRIDGE
/** The Milvus version of the operator's default image (a natural upgrade target). */
export const DEFAULT_MILVUS_VERSION = (imageTag(DEFAULT_MILVUS_IMAGE) ?? '').replace(/^v/, '')

/** One Secret manifest per Secret the edited resource refers to and the file does not define. */
export function secretFilesOf(derived: Derived) {
  return toSecretManifests(
    neededSecrets(derived.resource, derived.documents),
    runbookNamespace(derived.resource),
  )
}
