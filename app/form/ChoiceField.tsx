/**
 * A radio-group field of the form: a fieldset named by its legend, the options the caller renders
 * inside, then the field's help and the findings at its path (the same frame as every field).
 */
import type { ReactNode } from 'react'
import type { SpecPath } from '../../src/model'
import { FieldFindings } from './FieldFindings'
import type { FieldMeta } from './useFieldMeta'

export interface ChoiceFieldProps {
  readonly meta: FieldMeta
  readonly path: SpecPath
  readonly legend: string
  /** `ff-label` shows the legend; a group under a heading with the same words hides it visually. */
  readonly legendClassName: string
  readonly className: string
  readonly children: ReactNode
}

export function ChoiceField({
  meta,
  path,
  legend,
  legendClassName,
  className,
  children,
}: ChoiceFieldProps) {
  const legendId = `${meta.id}-legend`
  return (
    <div className="ff-field" data-invalid={meta.invalid || undefined}>
      <fieldset
        id={meta.id}
        tabIndex={-1}
        role="radiogroup"
        className={className}
        aria-labelledby={legendId}
        aria-describedby={meta.describedBy || undefined}
      >
        <legend id={legendId} className={legendClassName}>
          {legend}
        </legend>
        {children}
      </fieldset>
      <p id={meta.helpId} className="ff-help">
        {meta.help}
      </p>
      <FieldFindings path={path} id={meta.findingsId} />
    </div>
  )
}
