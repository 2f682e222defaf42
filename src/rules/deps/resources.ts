/**
 * Resource blocks of the components (`components.resources` and `components.<c>.resources`) and
 * repairs for common quantity typos (`10GB`, `2 cores`). Parsing itself is the model's.
 */
import { COMPONENT_NAMES, isKubernetesQuantity, type MilvusResource, type SpecPath } from '../../model'
import { isRecord } from './read'

export interface ResourceBlock {
  /** Where the block is: `components` for the global one, else the component name. */
  readonly owner: string
  readonly path: SpecPath
  readonly limits: Record<string, unknown> | undefined
  readonly requests: Record<string, unknown> | undefined
}

function block(owner: string, path: SpecPath, value: unknown): ResourceBlock | undefined {
  if (!isRecord(value)) return undefined
  return {
    owner,
    path,
    limits: isRecord(value.limits) ? value.limits : undefined,
    requests: isRecord(value.requests) ? value.requests : undefined,
  }
}

/** The global resources block and every per-component one that is an object. */
export function resourceBlocks(r: MilvusResource): ResourceBlock[] {
  const components: unknown = r.spec.components
  if (!isRecord(components)) return []
  const out: ResourceBlock[] = []
  const global = block('components', ['spec', 'components', 'resources'], components.resources)
  if (global) out.push(global)
  for (const name of COMPONENT_NAMES) {
    const spec = components[name]
    if (!isRecord(spec)) continue
    const b = block(name, ['spec', 'components', name, 'resources'], spec.resources)
    if (b) out.push(b)
  }
  return out
}

const BYTE_UNIT: Record<string, string> = { k: 'Ki', m: 'Mi', g: 'Gi', t: 'Ti', p: 'Pi', e: 'Ei' }

/**
 * A valid quantity for a common mistake, or undefined when there is no obvious one:
 * `10GB`/`10gib`/`10g` (memory) become `10Gi`, `2 cores` becomes `2`, `500 m` becomes `500m`.
 */
export function suggestQuantity(resource: string, value: string): string | undefined {
  const compact = value.replace(/\s+/g, '')
  const candidates: string[] = [compact]
  const cores = /^(\d+(?:\.\d+)?)(?:cores?|cpus?|vcpus?)$/i.exec(compact)
  if (cores?.[1]) candidates.push(cores[1])
  const bytes = /^(\d+(?:\.\d+)?)([kmgtpe])(i?b|i)?$/i.exec(compact)
  if (bytes?.[1] && bytes[2] && (bytes[3] !== undefined || resource === 'memory')) {
    const unit = BYTE_UNIT[bytes[2].toLowerCase()]
    if (unit && !(bytes[2] === 'm' && bytes[3] === undefined)) candidates.push(`${bytes[1]}${unit}`)
  }
  return candidates.find((c) => c !== value && isKubernetesQuantity(c))
}
