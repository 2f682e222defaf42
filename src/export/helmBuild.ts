/** The mutable builder the Helm exporter fills: values, unmapped settings, free-form pass-throughs. Pure. */
import { pathToString, t, type LocalizedText, type SpecPath } from '../model'
import type { SecretValues, UnmappedSetting } from './types'

export type Rec = Record<string, unknown>

export interface HelmBuild {
  readonly values: Rec
  readonly unmapped: UnmappedSetting[]
  /** Helm paths (dotted) whose subtree is copied from free-form chart values, not chosen by us. */
  readonly passthrough: string[]
}

export function newBuild(): HelmBuild {
  return { values: {}, unmapped: [], passthrough: [] }
}

export const isRec = (v: unknown): v is Rec =>
  v !== null && typeof v === 'object' && !Array.isArray(v)

/** Sets a value at a Helm path, creating parents. */
export function put(b: HelmBuild, path: readonly string[], value: unknown): void {
  let cur = b.values
  for (const key of path.slice(0, -1)) {
    if (!isRec(cur[key])) cur[key] = {}
    cur = cur[key] as Rec
  }
  cur[path[path.length - 1] ?? ''] = value
}

/** Copies free-form chart values under a Helm path (the chart reads them as its own values). */
export function passthrough(b: HelmBuild, path: readonly string[], values: unknown): void {
  if (!isRec(values)) return
  for (const [k, v] of Object.entries(values)) {
    put(b, [...path, k], v)
    b.passthrough.push([...path, k].join('.'))
  }
}

/** Records a setting the chart cannot express (and, for credentials, the Secret that holds them). */
export function unmapped(
  b: HelmBuild,
  path: SpecPath,
  reason: LocalizedText,
  secret?: SecretValues,
): void {
  b.unmapped.push({ path: pathToString(path), reason, ...(secret ? { fromSecret: secret } : {}) })
}

/** Chart keys to read from the keys of an existing Secret at install time. */
export function fromSecret(name: string, values: Record<string, string>): SecretValues {
  return { name, values }
}

/** `host:port` split; the port falls back to `fallback` when missing or not a number. */
export function splitHostPort(endpoint: string, fallback: number): { host: string; port: number } {
  const m = /^(.*):(\d{1,5})$/.exec(endpoint.trim())
  return m ? { host: m[1] ?? '', port: Number(m[2]) } : { host: endpoint.trim(), port: fallback }
}

export const NO_LIFECYCLE = t(
  'The chart installs dependencies as part of the Milvus release, so their deletion policy follows the release.',
  '차트는 의존성을 Milvus 릴리스의 일부로 설치하므로 삭제 정책은 릴리스를 따릅니다.',
)

export { t }
