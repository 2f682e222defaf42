/** Runs an exporter and turns a throw into a message, so one broken export never blanks a dialog. */
export type Computed<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string }

export function tryCompute<T>(fn: () => T): Computed<T> {
  try {
    return { ok: true, value: fn() }
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) }
  }
}
