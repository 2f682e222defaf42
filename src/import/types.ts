/** Shapes of the Helm import: options in, a manifest and notes out. CONTRACT FILE for app and CLI. */
import type { LocalizedText, MilvusResource } from '../model'

export interface HelmImportOptions {
  /** metadata.name of the resource (default: the take-over release, else my-release). */
  readonly name?: string
  readonly namespace?: string
  /** The milvus-helm chart version the values were written for (default: the catalogued chart). */
  readonly chartVersion?: string
  /** Name of a running Helm release whose data the resource takes over (keeps its paths). */
  readonly takeOver?: string
}

export type ImportNoteKind =
  /** A value the resource cannot carry, with the reason. */
  | 'unmapped'
  /** A key the chart does not have (a typo the chart would ignore). */
  | 'unknown-key'
  /** How a value was read or what was added, for the reader. */
  | 'info'
  /** The import cannot produce a working resource from this part. */
  | 'error'

export interface ImportNote {
  readonly kind: ImportNoteKind
  /** Dotted Helm values path ('' for the file as a whole). */
  readonly path: string
  readonly message: LocalizedText
}

export interface ImportedSecret {
  readonly name: string
  /** The keys it holds (values stay in the manifest text only). */
  readonly keys: readonly string[]
}

export interface HelmImportResult {
  /** False when the values could not be read at all (then `yaml` is empty). */
  readonly ok: boolean
  /** Secret documents first, then the Milvus document; notes as comments at the top. */
  readonly yaml: string
  readonly resource?: MilvusResource
  readonly secrets: readonly ImportedSecret[]
  readonly notes: readonly ImportNote[]
}
