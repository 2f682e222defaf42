/** Suggests a Kubernetes quantity for a size someone wrote the usual non-Kubernetes way. */
import { isKubernetesQuantity } from '../../model'

/** `10GB` -> `10Gi`, `10 Gi` -> `10Gi`, `512mb` -> `512Mi`; undefined when there is no safe guess. */
export function suggestQuantity(value: string): string | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmgtpe])(i?)(b?)\s*$/i.exec(value)
  if (!m) return undefined
  const [, num, unit = '', i = '', b = ''] = m
  const upper = unit === 'k' || unit === 'K' ? 'K' : unit.toUpperCase()
  // A byte suffix (GB, GiB, gb) means the user thinks in bytes: the binary unit is what they mean.
  const suggestion = i !== '' || b !== '' ? `${num}${upper}i` : `${num}${upper === 'K' ? 'k' : upper}`
  return isKubernetesQuantity(suggestion) ? suggestion : undefined
}
