/**
 * The frame around every form control: visible label, one-line help, inline findings.
 * The control itself is passed as children, already wired with the ids from useFieldMeta.
 */
import type { ReactNode } from 'react'
import type { SpecPath } from '../../src/model'
import { EditNote } from './EditNote'
import { FieldFindings } from './FieldFindings'
import { usePathInfo } from '../state/pathInfo'
import type { FieldMeta } from './useFieldMeta'

export interface FieldProps {
  readonly path: SpecPath
  readonly label: string
  /** Words read before the label but not shown (the visible label is short, the name unique). */
  readonly hiddenPrefix?: string | undefined
  readonly meta: FieldMeta
  /** Put the label after the control (checkboxes). */
  readonly labelAfter?: boolean
  readonly children: ReactNode
  /** Extra line under the help (e.g. "default (false)" state of a checkbox). */
  readonly aside?: ReactNode
  /** Also list findings under the path (a control that edits a whole block). */
  readonly includeDescendants?: boolean
}

/** Label, control, help and findings for one path. */
export function Field({
  path,
  label,
  hiddenPrefix,
  meta,
  labelAfter = false,
  children,
  aside,
  includeDescendants = false,
}: FieldProps) {
  // A YAML construct the editor refuses here (e.g. a flow map with comments) freezes this field only.
  const blocked = usePathInfo(path).refusal !== undefined
  const labelEl = (
    <label htmlFor={meta.id} className="ff-label">
      {hiddenPrefix ? <span className="ff-visually-hidden">{hiddenPrefix} </span> : null}
      {label}
    </label>
  )
  return (
    <div
      className={`ff-field${labelAfter ? ' ff-field-inline' : ''}`}
      data-invalid={meta.invalid || undefined}
    >
      <fieldset className="ff-control-row ff-bare" disabled={blocked}>
        {labelAfter ? null : labelEl}
        {children}
        {labelAfter ? labelEl : null}
        {aside}
      </fieldset>
      {meta.help ? (
        <p id={meta.helpId} className="ff-help">
          {meta.help}
        </p>
      ) : null}
      <EditNote path={path} id={`${meta.id}-note`} />
      <FieldFindings path={path} includeDescendants={includeDescendants} id={meta.findingsId} />
    </div>
  )
}
