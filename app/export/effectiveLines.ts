/**
 * Which lines of the effective-resource YAML to highlight: a line whose key path is a changed path,
 * or lies under one (an added block is highlighted whole). Pure.
 */
import { pathToString } from '../state/engine'
import { keysByLine } from '../editor/yamlOutline'

function isUnder(path: string, changed: string): boolean {
  return path === changed || path.startsWith(`${changed}.`) || path.startsWith(`${changed}[`)
}

/** 1-based line numbers to highlight. Keyless lines (list scalars) follow their enclosing key. */
export function highlightedLines(text: string, changedPaths: readonly string[]): Set<number> {
  const lines = text.split('\n')
  const keys = keysByLine(lines)
  const result = new Set<number>()
  let lastKeyed: { highlighted: boolean; indent: number } | undefined
  keys.forEach((key, i) => {
    const line = lines[i] ?? ''
    if (key) {
      const path = pathToString(key.path)
      const highlighted = changedPaths.some((c) => isUnder(path, c))
      lastKeyed = { highlighted, indent: key.keyStart - 1 }
      if (highlighted) result.add(i + 1)
      return
    }
    const indent = line.length - line.trimStart().length
    if (line.trim() !== '' && lastKeyed?.highlighted && indent >= lastKeyed.indent)
      result.add(i + 1)
  })
  return result
}
