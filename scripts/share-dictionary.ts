/**
 * Builds the preset dictionary of the `s2` share-link format from what every Milvus manifest
 * shares: the resource skeleton and the field catalogue's keys, enum values and defaults, laid
 * out as indented YAML lines. The output is frozen in src/share/dictionaryV2.ts: links made with it
 * must open forever, so this script is run once per link format, never to refresh an existing one.
 *
 *   npx tsx scripts/share-dictionary.ts > /tmp/dict.txt
 */
import { FIELD_CATALOGUE, type FieldDef } from '../src/model'

/** Deflate can reach back at most 32 KiB; the dictionary stays well inside it. */
const MAX_BYTES = 24 * 1024

/** Field paths not worth space in the dictionary: rarely written, long, or status-only. */
const SKIP = new Set(['status', 'managedFields'])

interface Line {
  readonly text: string
  readonly depth: number
}

function scalar(value: unknown): string | undefined {
  if (typeof value === 'string') return value === '' ? undefined : value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return undefined
}

function walk(key: string, def: FieldDef, indent: string, depth: number, out: Line[]): void {
  if (SKIP.has(key) || depth > 9) return
  const valueLines: string[] = []
  if (def.kind === 'string' && def.enum)
    for (const v of def.enum) if (v) valueLines.push(`${indent}${key}: ${v}`)
  if (def.kind === 'boolean') valueLines.push(`${indent}${key}: true`, `${indent}${key}: false`)
  const dflt = scalar(def.default)
  if (dflt !== undefined && !valueLines.includes(`${indent}${key}: ${dflt}`))
    valueLines.push(`${indent}${key}: ${dflt}`)
  for (const text of valueLines) out.push({ text, depth })
  const child = `${indent}  `
  switch (def.kind) {
    case 'object':
    case 'free-form':
      out.push({ text: `${indent}${key}:`, depth })
      for (const [k, d] of Object.entries(def.fields ?? {})) walk(k, d, child, depth + 1, out)
      return
    case 'array':
      out.push({ text: `${indent}${key}:`, depth })
      if (def.items.kind === 'object') {
        for (const [k, d] of Object.entries(def.items.fields))
          walk(k, d, `${child}- `.replace(/- $/, '  '), depth + 1, out)
      }
      return
    case 'map':
      out.push({ text: `${indent}${key}:`, depth })
      return
    default:
      if (valueLines.length === 0) out.push({ text: `${indent}${key}: `, depth })
  }
}

/** The dictionary text: deep, rare lines first, the shared skeleton last (nearest = cheapest). */
export function buildShareDictionary(): string {
  const lines: Line[] = []
  if (FIELD_CATALOGUE.kind === 'object') {
    for (const [k, d] of Object.entries(FIELD_CATALOGUE.fields)) walk(k, d, '', 0, lines)
  }
  const seen = new Set<string>()
  const unique = lines.filter((l) => (seen.has(l.text) ? false : (seen.add(l.text), true)))
  // Stable: deeper lines first, so the common top of every manifest sits at the end.
  const ordered = unique
    .map((l, i) => ({ ...l, i }))
    .sort((a, b) => b.depth - a.depth || a.i - b.i)
    .map((l) => l.text)
  const skeleton = [
    'apiVersion: milvus.io/v1beta1',
    'kind: Milvus',
    'metadata:',
    '  name: my-release',
    '  namespace: default',
    '  labels:',
    '    app: milvus',
    'spec:',
    '  mode: standalone',
    '  mode: cluster',
    '  dependencies:',
    '    msgStreamType: woodpecker',
    '    msgStreamType: pulsar',
    '    msgStreamType: kafka',
    '    msgStreamType: rocksmq',
    '    etcd:',
    '      inCluster:',
    '        deletionPolicy: Delete',
    '        pvcDeletion: true',
    '        values:',
    '    storage:',
    '      inCluster:',
    '    pulsar:',
    '      inCluster:',
    '    kafka:',
    '      external: true',
    '      endpoints:',
    '  components:',
    '    image: milvusdb/milvus:v2.6.11',
    '    image: milvusdb/milvus:v2.5.16',
    '    resources:',
    '      requests:',
    '        cpu: ',
    '        memory: ',
    '      limits:',
    '  config:',
    '',
  ]
  let body = ordered.join('\n')
  const tail = `\n${skeleton.join('\n')}`
  while (new TextEncoder().encode(body + tail).byteLength > MAX_BYTES) {
    body = body.slice(body.indexOf('\n') + 1)
  }
  return body + tail
}

if (process.argv[1]?.endsWith('share-dictionary.ts')) process.stdout.write(buildShareDictionary())
