/**
 * Suggests a Kubernetes quantity (k8s.io/apimachinery pkg/api/resource quantity.go) for a size or
 * CPU count written the usual non-Kubernetes way. Parsing itself is the model's.
 */
import { isKubernetesQuantity } from '../../model'

/** What the value measures: bytes (memory, storage) or a count (CPU cores, devices). */
export type QuantityKind = 'bytes' | 'count'

const BINARY: Readonly<Record<string, string>> = {
  k: 'Ki',
  m: 'Mi',
  g: 'Gi',
  t: 'Ti',
  p: 'Pi',
  e: 'Ei',
}

/**
 * A valid quantity for a common mistake, or undefined when there is no safe guess:
 * - spaces go: `10 Gi` -> `10Gi`, `500 m` -> `500m`;
 * - CPU words go: `2 cores` -> `2`;
 * - a byte suffix means binary units: `10GB`, `10gib`, `512mb` -> `10Gi`, `10Gi`, `512Mi`;
 * - for bytes, a bare lower-case `g`/`t`/`p`/`e` or upper-case `K` (not Kubernetes suffixes) is
 *   read as Docker and the JVM read it, a power of 1024: `10g` -> `10Gi`. `500m` and `10k` are
 *   valid quantities already (milli, kilo) and are left alone.
 */
export function suggestQuantity(value: string, kind: QuantityKind = 'bytes'): string | undefined {
  const compact = value.replace(/\s+/g, '')
  const candidates: string[] = [compact]
  const cores = /^(\d+(?:\.\d+)?)(?:cores?|cpus?|vcpus?)$/i.exec(compact)
  if (cores?.[1]) candidates.push(cores[1])
  const bytes = /^(\d+(?:\.\d+)?)([kmgtpe])(i?b|i)?$/i.exec(compact)
  const [, num, unit, suffix] = bytes ?? []
  if (num !== undefined && unit !== undefined && (suffix !== undefined || kind === 'bytes')) {
    candidates.push(`${num}${BINARY[unit.toLowerCase()] ?? ''}`)
  }
  return candidates.find((c) => c !== value && isKubernetesQuantity(c))
}
