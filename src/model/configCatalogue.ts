/**
 * What Milvus reads from milvus.yaml (the generated catalogue of configs/milvus.yaml), joined with
 * the hand-written spec.config entries of the field catalogue (sections the file no longer ships,
 * such as natsmq, and free-form librdkafka maps). Pure; the index is built on first use.
 */
import { MILVUS_CONFIG_ROWS, MILVUS_YAML_COMMIT } from './generated/milvusConfig'
import { buildKeyIndex, type KeyEntry, type KeyIndex } from './keyIndex'
import { listFields } from './lookup'

/** Sections whose keys the user names (credential names); anything goes below them. */
const USER_NAMED_MAPS = ['credential']

const KIND_CODES: Readonly<Record<string, string>> = {
  boolean: 'b',
  integer: 'i',
  number: 'f',
  string: 's',
  array: 'l',
  map: 'm',
  object: 'o',
}

function handRows(known: ReadonlySet<string>): (readonly [string, string])[] {
  const rows: (readonly [string, string])[] = []
  for (const { path, def } of listFields()) {
    if (!path.startsWith('spec.config.') || path.includes('[')) continue
    const key = path.slice('spec.config.'.length)
    if (known.has(key)) continue
    const code =
      def.kind === 'free-form'
        ? Object.keys(def.fields ?? {}).length
          ? 'o'
          : 'm'
        : (KIND_CODES[def.kind] ?? 'n')
    rows.push([key, code])
  }
  return rows
}

let index: KeyIndex | undefined

/** The milvus.yaml key index (built once). */
export function milvusConfigIndex(): KeyIndex {
  if (index) return index
  const known = new Set(MILVUS_CONFIG_ROWS.map((r) => r[0]))
  const rows = MILVUS_CONFIG_ROWS.map((r) =>
    USER_NAMED_MAPS.includes(r[0]) ? ([r[0], 'm', null, r[3], r[4]] as const) : r,
  ).filter((r) => !USER_NAMED_MAPS.some((m) => r[0].startsWith(`${m}.`)))
  index = buildKeyIndex([...rows, ...handRows(known)])
  return index
}

/** The Milvus docs page of the section a key sits in (milvus.io names pages after the section). */
export function configDocsUrl(path: string): string {
  const section = path.split('.')[0] ?? ''
  return `https://milvus.io/docs/configure_${section.toLowerCase()}.md`
}

/** The key's line in configs/milvus.yaml at the commit the catalogue was generated from. */
export function configSourceUrl(entry: KeyEntry): string | undefined {
  if (entry.line === undefined) return undefined
  return `https://github.com/milvus-io/milvus/blob/${MILVUS_YAML_COMMIT}/configs/milvus.yaml#L${entry.line}`
}

export { MILVUS_YAML_COMMIT }
