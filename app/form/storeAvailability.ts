/**
 * Whether each message store fits the resource's mode and Milvus version, and why.
 * Pure view logic for the store choice; it asks the model for effective values (reference §7.3)
 * and never reads the store or the DOM.
 */
import type { MilvusResource, MsgStreamType } from '../../src/model'
import { effectiveMilvusVersion, effectiveMode, isMilvusAtLeast } from '../state/engine'

/** One constraint a store has; `met` is null when the Milvus version cannot be read from the image tag. */
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

/** null when the version cannot be read (an unparsable tag such as `latest`). */
function versionAtLeast(r: MilvusResource, major: number, minor: number): boolean | null {
  return effectiveMilvusVersion(r) ? isMilvusAtLeast(r, major, minor) : null
}

function checkConstraint(r: MilvusResource, c: StoreConstraint): boolean | null {
  switch (c) {
    case 'standaloneOnly':
      return effectiveMode(r) === 'standalone'
    case 'milvus23to25': {
      const from = versionAtLeast(r, 2, 3)
      const past = versionAtLeast(r, 2, 6)
      if (from === null || past === null) return null
      return from && !past
    }
    case 'milvus21plus':
      return versionAtLeast(r, 2, 1)
    case 'milvus26plus':
      return versionAtLeast(r, 2, 6)
    case 'anyModeVersion':
    case 'userConfigured':
      return true
  }
}

/** How well `type` fits the resource's current mode and version (reference §7.3). */
export function storeAvailability(resource: MilvusResource, type: MsgStreamType): StoreAvailability {
  const checks = CONSTRAINTS_OF[type].map((constraint) => ({
    constraint,
    met: checkConstraint(resource, constraint),
  }))
  return { ok: checks.every((c) => c.met !== false), checks }
}

/** The stores the current mode and version allow (unknown versions count as allowed). */
export function allowedStores(resource: MilvusResource, types: readonly MsgStreamType[]): MsgStreamType[] {
  return types.filter((t) => storeAvailability(resource, t).ok)
}
