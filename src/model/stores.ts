/**
 * The message stores as the operator and Milvus see them: which keys configure each one and
 * which stores fit the mode and the Milvus the pods run. The form's store choice and the rules
 * both ask these functions, so they cannot disagree.
 * Sources: https://github.com/zilliztech/milvus-operator/blob/v1.3.8/apis/milvus.io/v1beta1/dependencies_types.go
 * (msgStreamType and the store blocks) and the Milvus docs page
 * https://milvus.io/docs/message_storage_operator.md (which store each mode and version supports).
 */
import { effectiveMode, effectiveMsgStreamType } from './effective'
import { runningMilvusVersion, isRunningAtLeast } from './image'
import { isRecord } from './safeClone'
import { MSG_STREAM_TYPES, type MilvusResource, type MsgStreamType, type SpecPath } from './types'

/** Key under `spec.dependencies` that configures each store (custom has its own free-form block). */
export const STORE_DEPENDENCY_KEY: Readonly<Record<MsgStreamType, string>> = {
  rocksmq: 'rocksmq',
  natsmq: 'natsmq',
  pulsar: 'pulsar',
  kafka: 'kafka',
  woodpecker: 'woodpecker',
  custom: 'customMsgStream',
}

/** Section of `spec.config` (milvus.yaml) with the store's Milvus-side settings; custom has none. */
export const STORE_CONFIG_KEY: Readonly<Partial<Record<MsgStreamType, string>>> = {
  rocksmq: 'rocksmq',
  natsmq: 'natsmq',
  pulsar: 'pulsar',
  kafka: 'kafka',
  woodpecker: 'woodpecker',
}

/** One constraint a store has. */
export const STORE_CONSTRAINTS = [
  'standaloneOnly',
  'milvus23to25',
  'milvus21plus',
  'milvus26plus',
  'anyModeVersion',
  'userConfigured',
] as const
export type StoreConstraint = (typeof STORE_CONSTRAINTS)[number]

export interface ConstraintCheck {
  readonly constraint: StoreConstraint
  /** null when the running Milvus version cannot be read from the image tag (`latest`). */
  readonly met: boolean | null
}

export interface StoreAvailability {
  /** False when at least one constraint is known to fail. */
  readonly ok: boolean
  readonly checks: readonly ConstraintCheck[]
}

const CONSTRAINTS_OF: Readonly<Record<MsgStreamType, readonly StoreConstraint[]>> = {
  rocksmq: ['standaloneOnly'],
  natsmq: ['standaloneOnly', 'milvus23to25'],
  pulsar: ['anyModeVersion'],
  kafka: ['milvus21plus'],
  woodpecker: ['milvus26plus'],
  custom: ['userConfigured'],
}

/** null when the running version cannot be read. */
function runningAtLeast(r: MilvusResource, major: number, minor: number): boolean | null {
  return runningMilvusVersion(r) ? isRunningAtLeast(r, major, minor) : null
}

function checkConstraint(r: MilvusResource, c: StoreConstraint): boolean | null {
  switch (c) {
    case 'standaloneOnly':
      return effectiveMode(r) === 'standalone'
    case 'milvus23to25': {
      const from = runningAtLeast(r, 2, 3)
      const past = runningAtLeast(r, 2, 6)
      if (from === null || past === null) return null
      return from && !past
    }
    case 'milvus21plus':
      return runningAtLeast(r, 2, 1)
    case 'milvus26plus':
      return runningAtLeast(r, 2, 6)
    case 'anyModeVersion':
    case 'userConfigured':
      return true
  }
}

/** How well `type` fits the resource's mode and the Milvus version its pods run. */
export function storeAvailability(
  resource: MilvusResource,
  type: MsgStreamType,
): StoreAvailability {
  const checks = CONSTRAINTS_OF[type].map((constraint) => ({
    constraint,
    met: checkConstraint(resource, constraint),
  }))
  return { ok: checks.every((c) => c.met !== false), checks }
}

/** The stores the mode and the running version allow (unknown versions count as allowed). */
export function allowedStores(
  resource: MilvusResource,
  types: readonly MsgStreamType[],
): MsgStreamType[] {
  return types.filter((t) => storeAvailability(resource, t).ok)
}

/** Where a store's block is written: `spec.dependencies.<key>`. */
export function storeBlockPath(store: MsgStreamType): SpecPath {
  return ['spec', 'dependencies', STORE_DEPENDENCY_KEY[store]]
}

/** The stores whose `spec.dependencies` block holds settings (a non-empty map), in MSG_STREAM_TYPES order. */
export function storesWithSettings(r: MilvusResource): MsgStreamType[] {
  return MSG_STREAM_TYPES.filter((t) => {
    const block: unknown = r.spec?.dependencies?.[STORE_DEPENDENCY_KEY[t]]
    return isRecord(block) && Object.keys(block).length > 0
  })
}

/**
 * Blocks with settings for a store other than the one the operator will use: it reads only the
 * selected store's block (dependencies_types.go#L174), so these do nothing.
 */
export function unusedStoreBlocks(
  r: MilvusResource,
): { readonly store: MsgStreamType; readonly path: SpecPath }[] {
  const selected = effectiveMsgStreamType(r)
  return storesWithSettings(r)
    .filter((store) => store !== selected)
    .map((store) => ({ store, path: storeBlockPath(store) }))
}
