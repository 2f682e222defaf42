/** Shapes the exporters return. Pure types. */
import type { LocalizedText, MilvusMode, MilvusResource, MsgStreamType } from '../model'
import type { ObjectStorageConnection } from './effectiveStorage'

export const CHANGE_KINDS = ['added', 'changed', 'removed'] as const
export type ChangeKind = (typeof CHANGE_KINDS)[number]

/** One difference between what the user wrote and what the operator's defaulting makes of it. */
export interface EffectiveChange {
  readonly path: string
  readonly kind: ChangeKind
  readonly note: LocalizedText
}

export interface EffectiveResult {
  readonly resource: MilvusResource
  readonly changes: readonly EffectiveChange[]
  /** Facts the YAML cannot show (where object storage is reached) and what this view leaves out. */
  readonly notes: readonly LocalizedText[]
  /** The endpoint, port and TLS the operator gives Milvus for object storage. */
  readonly objectStorage: ObjectStorageConnection
}

/** Chart keys (dotted) whose values come from keys of an existing Secret. */
export interface SecretValues {
  readonly name: string
  readonly values: Readonly<Record<string, string>>
}

export interface UnmappedSetting {
  readonly path: string
  readonly reason: LocalizedText
  /** Set when the chart can take the values from an existing Secret with `--set-file`. */
  readonly fromSecret?: SecretValues
}

export interface HelmValuesResult {
  readonly yaml: string
  readonly unmapped: readonly UnmappedSetting[]
}

export const MIGRATION_KINDS = [
  'rocksmq-to-natsmq',
  'wal-switch',
  'backup-restore',
  'refused',
] as const
export type MigrationKind = (typeof MIGRATION_KINDS)[number]

export interface MigrationStep {
  readonly title: LocalizedText
  readonly detail: LocalizedText
  /** Bash to run, when the step has commands (names and namespace of this config filled in). */
  readonly command?: string
  /** Bash that fails unless the step worked. */
  readonly check?: string
  readonly optional?: boolean
  /** The procedure is documented but not yet in a released Milvus. */
  readonly pending?: boolean
  /** Destructive: the script leaves it commented out, to run by hand after checking. */
  readonly manualOnly?: boolean
}

export interface MigrationPlan {
  readonly kind: MigrationKind
  readonly from: { readonly store: MsgStreamType; readonly mode: MilvusMode }
  readonly to: { readonly store: MsgStreamType; readonly mode: MilvusMode }
  readonly title: LocalizedText
  readonly summary: LocalizedText
  /** The namespace every command uses. */
  readonly namespace: string
  readonly steps: readonly MigrationStep[]
  /** How to go back, from any step before the clean-up. */
  readonly rollback: readonly MigrationStep[]
  /** Set when the target cannot run on the version: why, and steps is empty. */
  readonly refused?: LocalizedText
}
