/**
 * The frame of the list-like editors (strings, key/value maps, objects): a labelled group that
 * reveal can focus, a "no entries" line, the entries, then help and the findings of the path.
 */
import type { ReactNode } from 'react'
import type { SpecPath } from '../../../src/model'
import { FieldFindings } from '../FieldFindings'
import type { FieldMeta } from '../useFieldMeta'

export interface ListFrameProps {
  readonly path: SpecPath
  readonly label: string
  readonly meta: FieldMeta
  /** Shown while there are no entries. */
  readonly empty: string | null
  readonly children: ReactNode
  /** Findings under the path, not only at it (entries without controls of their own). */
  readonly includeDescendants?: boolean
}

/** Group, label, entries, help and findings of one list-like control. */
export function ListFrame(props: ListFrameProps) {
  const { path, label, meta, empty, children, includeDescendants = false } = props
  const labelId = `${meta.id}-label`
  return (
    <div className="ff-field" data-invalid={meta.invalid || undefined}>
      <div
        id={meta.id}
        role="group"
        tabIndex={-1}
        className="ff-list"
        aria-labelledby={labelId}
        aria-describedby={meta.describedBy || undefined}
      >
        <span id={labelId} className="ff-label">
          {label}
        </span>
        {empty !== null ? <p className="ff-muted">{empty}</p> : null}
        {children}
      </div>
      {meta.help ? (
        <p id={meta.helpId} className="ff-help">
          {meta.help}
        </p>
      ) : null}
      <FieldFindings path={path} includeDescendants={includeDescendants} id={meta.findingsId} />
    </div>
  )
}
