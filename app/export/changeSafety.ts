/**
 * Which findings exist only because a baseline is set (the change-safety ones), and the blocking
 * message the dialog adds itself when no rule reports a store or mode change the plan shows. Pure.
 */
import type { LocatedFinding } from '../../src/derive/types'
import { pathToString } from '../state/engine'
import type { MigrationPlan } from '../../src/export'

function key(f: LocatedFinding): string {
  return `${f.rule}\u0000${pathToString(f.path)}`
}

/** Findings present with the baseline and absent without it. */
export function baselineOnlyFindings(
  withBaseline: readonly LocatedFinding[],
  withoutBaseline: readonly LocatedFinding[],
): LocatedFinding[] {
  const plain = new Set(withoutBaseline.map(key))
  return withBaseline.filter((f) => !plain.has(key(f)))
}

export type MissingBlock = {
  readonly kind: 'store' | 'mode'
  readonly from: string
  readonly to: string
}

const STORE_PREFIX = 'spec.dependencies'
const MODE_PATH = 'spec.mode'

/** The store/mode changes the plan shows that no change-safety finding already reports. */
export function missingBlocks(
  plan: MigrationPlan | undefined,
  safety: readonly LocatedFinding[],
): MissingBlock[] {
  if (!plan) return []
  const reported = safety.filter((f) => f.severity === 'error').map((f) => pathToString(f.path))
  const blocks: MissingBlock[] = []
  if (plan.from.store !== plan.to.store && !reported.some((p) => p.startsWith(STORE_PREFIX))) {
    blocks.push({ kind: 'store', from: plan.from.store, to: plan.to.store })
  }
  if (plan.from.mode !== plan.to.mode && !reported.includes(MODE_PATH)) {
    blocks.push({ kind: 'mode', from: plan.from.mode, to: plan.to.mode })
  }
  return blocks
}
