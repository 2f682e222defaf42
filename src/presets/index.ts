// Public API of the presets: the catalogue (catalog.ts) joined with the YAML texts, which are
// separate .yaml files imported as text (`?raw`: Vite, Vitest and the CLI's esbuild loader read it).
export type { Preset, PresetGroup } from './types'
export type { PresetEntry } from './catalog'
import { BLANK_ENTRY, DOCS_ENTRIES, SAMPLE_ENTRIES, type PresetEntry } from './catalog'
import type { Preset } from './types'
import y_blank from './blank.yaml?raw'
import y_docs_rocksmq from './docs/rocksmq.yaml?raw'
import y_docs_natsmq from './docs/natsmq.yaml?raw'
import y_docs_pulsar_external from './docs/pulsar-external.yaml?raw'
import y_docs_pulsar_internal from './docs/pulsar-internal.yaml?raw'
import y_docs_kafka_external from './docs/kafka-external.yaml?raw'
import y_docs_kafka_internal from './docs/kafka-internal.yaml?raw'
import y_docs_rocksmq_published from './docs/rocksmq.published.yaml?raw'
import y_docs_natsmq_published from './docs/natsmq.published.yaml?raw'
import y_docs_pulsar_external_published from './docs/pulsar-external.published.yaml?raw'
import y_docs_pulsar_internal_published from './docs/pulsar-internal.published.yaml?raw'
import y_docs_kafka_external_published from './docs/kafka-external.published.yaml?raw'
import y_docs_kafka_internal_published from './docs/kafka-internal.published.yaml?raw'
import y_samples_kafka_standalone from './samples/kafka-standalone.yaml?raw'
import y_samples_pulsar_v2 from './samples/pulsar-v2.yaml?raw'
import y_samples_cluster_default from './samples/cluster-default.yaml?raw'
import y_samples_cluster_woodpecker from './samples/cluster-woodpecker.yaml?raw'
import y_samples_woodpecker_streaming from './samples/woodpecker-streaming.yaml?raw'
import y_samples_rocksmq_persistence from './samples/rocksmq-persistence.yaml?raw'
import y_samples_natsmq_25 from './samples/natsmq-25.yaml?raw'
import y_samples_rolling_update from './samples/rolling-update.yaml?raw'
import y_samples_s3 from './samples/s3.yaml?raw'
import y_samples_gcs from './samples/gcs.yaml?raw'
import y_samples_azure from './samples/azure.yaml?raw'
import y_samples_external_dependencies from './samples/external-dependencies.yaml?raw'
import y_samples_etcd_auth from './samples/etcd-auth.yaml?raw'

const TEXTS: Readonly<Record<string, string>> = {
  'blank.yaml': y_blank,
  'docs/rocksmq.yaml': y_docs_rocksmq,
  'docs/natsmq.yaml': y_docs_natsmq,
  'docs/pulsar-external.yaml': y_docs_pulsar_external,
  'docs/pulsar-internal.yaml': y_docs_pulsar_internal,
  'docs/kafka-external.yaml': y_docs_kafka_external,
  'docs/kafka-internal.yaml': y_docs_kafka_internal,
  'docs/rocksmq.published.yaml': y_docs_rocksmq_published,
  'docs/natsmq.published.yaml': y_docs_natsmq_published,
  'docs/pulsar-external.published.yaml': y_docs_pulsar_external_published,
  'docs/pulsar-internal.published.yaml': y_docs_pulsar_internal_published,
  'docs/kafka-external.published.yaml': y_docs_kafka_external_published,
  'docs/kafka-internal.published.yaml': y_docs_kafka_internal_published,
  'samples/kafka-standalone.yaml': y_samples_kafka_standalone,
  'samples/pulsar-v2.yaml': y_samples_pulsar_v2,
  'samples/cluster-default.yaml': y_samples_cluster_default,
  'samples/cluster-woodpecker.yaml': y_samples_cluster_woodpecker,
  'samples/woodpecker-streaming.yaml': y_samples_woodpecker_streaming,
  'samples/rocksmq-persistence.yaml': y_samples_rocksmq_persistence,
  'samples/natsmq-25.yaml': y_samples_natsmq_25,
  'samples/rolling-update.yaml': y_samples_rolling_update,
  'samples/s3.yaml': y_samples_s3,
  'samples/gcs.yaml': y_samples_gcs,
  'samples/azure.yaml': y_samples_azure,
  'samples/external-dependencies.yaml': y_samples_external_dependencies,
  'samples/etcd-auth.yaml': y_samples_etcd_auth,
}

function withText(entry: PresetEntry): Preset {
  const yaml = TEXTS[entry.file]
  if (yaml === undefined) throw new Error(`preset ${entry.id}: no text for ${entry.file}`)
  return {
    id: entry.id,
    group: entry.group,
    title: entry.title,
    description: entry.description,
    yaml,
  }
}

export const BLANK_PRESET: Preset = withText(BLANK_ENTRY)

/** Every preset, in the order the studio lists them: blank, docs, docs as published, samples. */
export const PRESETS: readonly Preset[] = [
  BLANK_PRESET,
  ...DOCS_ENTRIES.map(([corrected]) => withText(corrected)),
  ...DOCS_ENTRIES.map(([, published]) => withText(published)),
  ...SAMPLE_ENTRIES.map(withText),
]

/** The preset with this id, if any. */
export function findPreset(id: string): Preset | undefined {
  return PRESETS.find((p) => p.id === id)
}
