/**
 * Named baselines ("what runs in dev, staging, prod"): the file format they are saved, exported and
 * imported in, and turning a saved text back into a Baseline. Reading never throws; bad input
 * gives a message and changes nothing.
 */
import type { LocalizedText } from '../../src/model/types'
import { deriveQuick } from './deriveQuick'
import type { Baseline } from './types'

export const LIBRARY_FORMAT = 'milvus-studio-baselines'
export const MAX_BASELINES = 20
const MAX_TEXT = 2 * 1024 * 1024

export interface SavedBaseline {
  readonly name: string
  readonly source: string
  readonly savedAt: number
}

export interface Library {
  readonly items: readonly SavedBaseline[]
  /** Name of the baseline the studio compares against, or null. */
  readonly active: string | null
}

export const EMPTY_LIBRARY: Library = { items: [], active: null }

export type LibraryRead =
  | { readonly ok: true; readonly items: SavedBaseline[] }
  | { readonly ok: false; readonly error: LocalizedText }

const t = (en: string, ko: string): LocalizedText => ({ en, ko })

/** The library as a file (JSON): every baseline with its text, byte for byte. */
export function libraryToText(
  items: readonly SavedBaseline[],
  active: string | null = null,
): string {
  return `${JSON.stringify({ format: LIBRARY_FORMAT, version: 1, active, baselines: items }, null, 2)}\n`
}

function isSaved(v: unknown): v is SavedBaseline {
  if (typeof v !== 'object' || v === null) return false
  const r = v as Record<string, unknown>
  return (
    typeof r.name === 'string' &&
    r.name.trim() !== '' &&
    typeof r.source === 'string' &&
    typeof r.savedAt === 'number'
  )
}

/** Reads a library file, or a single manifest (named after the file) as one baseline. */
export function readLibraryText(text: string, fileName: string, now: number): LibraryRead {
  if (text.length > MAX_TEXT)
    return {
      ok: false,
      error: t(
        'The file is too large for a baseline (over 2 MB).',
        '기준으로 쓰기에는 파일이 너무 큽니다(2MB 초과).',
      ),
    }
  const trimmed = text.trimStart()
  if (trimmed.startsWith('{')) {
    try {
      const parsed = JSON.parse(trimmed) as Record<string, unknown>
      const list = Array.isArray(parsed.baselines) ? parsed.baselines.filter(isSaved) : []
      if (parsed.format === LIBRARY_FORMAT && list.length > 0)
        return { ok: true, items: list.slice(0, MAX_BASELINES) }
    } catch {
      // Not JSON: fall through to YAML.
    }
    return {
      ok: false,
      error: t('This is not a baselines file of the studio.', '스튜디오의 기준 파일이 아닙니다.'),
    }
  }
  if (!deriveQuick(text).resource)
    return {
      ok: false,
      error: t('No Milvus resource in this file.', '이 파일에는 Milvus 리소스가 없습니다.'),
    }
  const name = fileName.replace(/\.(baseline\.)?(ya?ml|json)$/i, '').trim() || 'imported'
  return { ok: true, items: [{ name, source: text, savedAt: now }] }
}

/** Adds or replaces baselines by name (newest first), keeping at most MAX_BASELINES. */
export function mergeBaselines(
  items: readonly SavedBaseline[],
  added: readonly SavedBaseline[],
): SavedBaseline[] {
  const names = new Set(added.map((b) => b.name))
  return [...added, ...items.filter((b) => !names.has(b.name))].slice(0, MAX_BASELINES)
}

/** What adding the baselines of a share link did: each one's name in the library, and what did not fit. */
export interface SharedAdded {
  readonly items: SavedBaseline[]
  /** `as` differs from `name` when the name was taken by a different baseline. */
  readonly added: readonly { readonly name: string; readonly as: string }[]
  /** Names left out because the library holds at most MAX_BASELINES. */
  readonly skipped: readonly string[]
}

/**
 * Adds shared baselines without overwriting any: one whose name and text are already in the
 * library is not added twice; a name already taken by another text becomes "name (shared)",
 * "name (shared 2)"...; what does not fit in MAX_BASELINES is skipped. The library's own order is kept.
 */
export function addWithoutOverwriting(
  items: readonly SavedBaseline[],
  shared: readonly { readonly name: string; readonly source: string }[],
  now: number,
): SharedAdded {
  const out = [...items]
  const added: { name: string; as: string }[] = []
  const skipped: string[] = []
  for (const b of shared) {
    const name = b.name.trim()
    if (out.some((o) => o.name === name && o.source === b.source)) {
      added.push({ name, as: name })
      continue
    }
    if (out.length >= MAX_BASELINES) {
      skipped.push(name)
      continue
    }
    let as = name
    for (let n = 1; out.some((o) => o.name === as); n++)
      as = `${name} (shared${n > 1 ? ` ${n}` : ''})`
    out.push({ name: as, source: b.source, savedAt: now })
    added.push({ name, as })
  }
  return { items: out, added, skipped }
}

/** The Baseline the rules compare against, or undefined when the text holds no Milvus resource. */
export function toBaseline(saved: SavedBaseline): Baseline | undefined {
  const resource = deriveQuick(saved.source).resource
  return resource ? { source: saved.source, resource, label: saved.name } : undefined
}

/** The library kept in storage: parsed strictly, anything odd gives the empty library. */
export function parseStoredLibrary(raw: string | null): Library {
  if (raw === null) return EMPTY_LIBRARY
  try {
    const parsed = JSON.parse(raw) as Record<string, unknown>
    const items = Array.isArray(parsed.baselines)
      ? parsed.baselines.filter(isSaved).slice(0, MAX_BASELINES)
      : []
    const active =
      typeof parsed.active === 'string' && items.some((b) => b.name === parsed.active)
        ? parsed.active
        : null
    return { items, active }
  } catch {
    return EMPTY_LIBRARY
  }
}
