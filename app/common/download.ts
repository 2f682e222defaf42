/** Saves text as a file through a Blob link (no network; works offline). */

/** A file name from a resource name: safe characters only, never empty. */
export function fileNameFor(name: string, extension: string, fallback = 'milvus'): string {
  const safe = name
    .trim()
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
  return `${safe || fallback}.${extension}`
}

/** A file name for a resource: its metadata.name, made safe, ending in `.yaml`. */
export function yamlFileName(name: string): string {
  return fileNameFor(name, 'yaml')
}

/** Saves `text` byte for byte (UTF-8, no BOM, line breaks untouched) under `fileName`. */
export function downloadText(fileName: string, text: string, type = 'application/yaml'): void {
  downloadBlob(fileName, new Blob([text], { type }))
}

/** Saves any blob (a zip, text) under `fileName`. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.rel = 'noopener'
  document.body.append(link)
  link.click()
  link.remove()
  // Give the browser time to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}
