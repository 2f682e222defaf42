/**
 * What the export, baseline and guide dialogs compute from the document: thin calls into the
 * engine's exporters, so components never import the engine themselves. Imported only by those
 * lazy dialogs (and a dynamic import), so the exporters stay out of the first load; the share
 * codec and the presets have their own doors (shareLink.ts, presetList.ts) for the same reason.
 */
import type { MigrationPlan } from '../../src/export'
import {
  planMigration,
  recommendStore,
  renderDeploymentSvg,
  toDeploymentModel,
  toEffectiveResource,
  toHelmValues,
  stripServerFields,
  toKubectlRunbook,
  toManifest,
} from '../../src/export'
import type { MilvusResource } from '../../src/model/types'
import { serializeYaml } from '../../src/yaml'

export type { MigrationPlan }

export const manifestOf = toManifest
/** The manifest without the fields the cluster wrote (status, uid, resourceVersion, …). */
export const manifestWithoutServerFieldsOf = (source: string): string => stripServerFields(toManifest(source))
export const kubectlRunbookOf = toKubectlRunbook
export const helmValuesOf = toHelmValues
export const recommendStoreFor = recommendStore

/** The resource after the operator's defaulting, as YAML, with the list of what it changed. */
export function effectiveResourceOf(resource: MilvusResource) {
  const result = toEffectiveResource(resource)
  return { ...result, text: serializeYaml(result.resource) }
}

/** The deployment diagram as SVG markup. */
export function deploymentSvgOf(resource: MilvusResource, options: Parameters<typeof renderDeploymentSvg>[1]): string {
  return renderDeploymentSvg(toDeploymentModel(resource), options)
}

/** What changes between the running baseline and the edited resource, step by step. */
export function migrationPlanOf(baseline: MilvusResource, resource: MilvusResource): MigrationPlan | undefined {
  return planMigration(baseline, resource)
}
