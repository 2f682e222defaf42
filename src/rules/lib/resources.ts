/**
 * Resource blocks of the components (`components.resources` and `components.<c>.resources`)
 * the quantities in them. Parsing is the model's; suggestions are in ./quantity.ts.
 */
import { COMPONENT_NAMES, isRecord, type MilvusResource, type SpecPath } from '../../model'

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
