/**
 * The upgrade path the Milvus docs require under the operator
 * (https://milvus.io/docs/upgrade_milvus_cluster-operator.md, ..._standalone-operator.md): any
 * 2.6 needs 2.5.16 or later first, and a cluster also needs mixCoord enabled on that 2.5 before
 * the 2.6 image. Pure: versions in, facts out.
 */
import { compareVersions, type MilvusVersion } from './version'

/** The oldest 2.5 release the docs allow an upgrade to 2.6 from. */
export const UPGRADE_BRIDGE_26 = '2.5.16'

const BRIDGE: MilvusVersion = { major: 2, minor: 5, patch: 16, raw: '2.5.16', source: 'version' }
const V26: MilvusVersion = { major: 2, minor: 6, patch: 0, raw: '2.6.0', source: 'version' }

/** True when going from `from` to `to` crosses into 2.6. */
export function crossesInto26(from: MilvusVersion, to: MilvusVersion): boolean {
  return compareVersions(from, V26) < 0 && compareVersions(to, V26) >= 0
}

/** True when going from `from` straight to `to` skips the 2.5.16 step the docs require. */
export function skipsUpgradeBridge(from: MilvusVersion, to: MilvusVersion): boolean {
  return crossesInto26(from, to) && compareVersions(from, BRIDGE) < 0
}
