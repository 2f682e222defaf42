/** Narrowing of stored values for the map and list editors. Pure; no React. */

/** A YAML mapping (not a list, not null). */
export function isRecordValue(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The list stored at a path, or an empty one for anything else. */
export function toList(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : []
}
