/** CORE's inline findings for one path, in a wrapper the e2e page object can find by test id. */
import type { SpecPath } from '../../src/model'
import { pathToString } from '../state/engine'
import { InlineFindings } from '../findings/InlineFindings'

export interface FieldFindingsProps {
  readonly path: SpecPath
  /** Id of the list, for the control's aria-describedby. */
  readonly id?: string
  readonly includeDescendants?: boolean
}

/** Findings next to a field (nothing visible when there are none). */
export function FieldFindings({ path, id, includeDescendants = false }: FieldFindingsProps) {
  return (
    <div className="ff-findings" data-testid={`findings:${pathToString(path)}`}>
      <InlineFindings path={path} includeDescendants={includeDescendants} {...(id ? { id } : {})} />
    </div>
  )
}
