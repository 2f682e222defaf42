/**
 * Plans a message-store switch as YAML patches plus the new stash. Pure: reads the resource, never
 * the store. The old store's dependency block and its `spec.config.<store>` section leave the YAML
 * and wait in the stash; the new store's stashed settings come back, unless the YAML already has them.
 */
import {
  STORE_CONFIG_KEY,
  STORE_DEPENDENCY_KEY,
  type MilvusResource,
  type MsgStreamType,
} from '../../src/model'
import type { Patch } from '../../src/rules/types'

/** What the stash keeps for one store. */
export interface StashedStore {
  readonly dependency?: unknown
  readonly config?: unknown
}

export type StoreStash = Partial<Record<MsgStreamType, unknown>>

function isStashed(value: unknown): value is StashedStore {
  return typeof value === 'object' && value !== null
}

function takeOut(
  resource: MilvusResource,
  type: MsgStreamType,
): { patches: Patch[]; saved: StashedStore } {
  const depKey = STORE_DEPENDENCY_KEY[type]
  const cfgKey = STORE_CONFIG_KEY[type]
  const dependency = resource.spec.dependencies?.[depKey]
  const config = cfgKey === undefined ? undefined : resource.spec.config?.[cfgKey]
  const patches: Patch[] = []
  if (dependency !== undefined)
    patches.push({ op: 'delete', path: ['spec', 'dependencies', depKey] })
  if (config !== undefined && cfgKey !== undefined) {
    patches.push({ op: 'delete', path: ['spec', 'config', cfgKey] })
  }
  const saved: StashedStore = {
    ...(dependency !== undefined ? { dependency } : {}),
    ...(config !== undefined ? { config } : {}),
  }
  return { patches, saved }
}

function bringBack(resource: MilvusResource, type: MsgStreamType, saved: unknown): Patch[] {
  if (!isStashed(saved)) return []
  const patches: Patch[] = []
  const depKey = STORE_DEPENDENCY_KEY[type]
  const cfgKey = STORE_CONFIG_KEY[type]
  if (saved.dependency !== undefined && resource.spec.dependencies?.[depKey] === undefined) {
    patches.push({ op: 'set', path: ['spec', 'dependencies', depKey], value: saved.dependency })
  }
  if (
    saved.config !== undefined &&
    cfgKey !== undefined &&
    resource.spec.config?.[cfgKey] === undefined
  ) {
    patches.push({ op: 'set', path: ['spec', 'config', cfgKey], value: saved.config })
  }
  return patches
}

/**
 * Patches that make `to` the message store of `resource` (currently running `from`, the
 * effective type), and the stash afterwards.
 */
export function planStoreSwitch(
  resource: MilvusResource,
  from: MsgStreamType,
  to: MsgStreamType,
  stash: StoreStash,
): { patches: Patch[]; stash: StoreStash } {
  const setType: Patch = { op: 'set', path: ['spec', 'dependencies', 'msgStreamType'], value: to }
  if (from === to) return { patches: [setType], stash }
  const { patches: removed, saved } = takeOut(resource, from)
  const restored = bringBack(resource, to, stash[to])
  const next: StoreStash = { ...stash }
  delete next[to]
  if (saved.dependency !== undefined || saved.config !== undefined) next[from] = saved
  return { patches: [setType, ...removed, ...restored], stash: next }
}
