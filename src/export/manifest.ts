/** The manifest export: exactly the editor text, every document and comment included. Pure. */

/** Returns the text unchanged, so a download or copy is byte-identical to what the user sees. */
export function toManifest(source: string): string {
  return source
}
