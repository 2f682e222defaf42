/**
 * A radio-group field of the form: a fieldset named by its legend, the options the caller renders
 * inside, then the field's help and the findings at its path (the same frame as every field).
 */
import type { ReactNode } from 'react'
import type { SpecPath } from '../../src/model'
import { FieldFindings } from './FieldFindings'
import { useFieldMeta } from './useFieldMeta'

export interface ChoiceFieldProps {
  readonly path: SpecPath
  /** The help line under the group. */
  readonly help: string
  readonly legend: string
  /** For a group under a heading with the same words: the legend is read but not shown. */
  readonly hideLegend?: boolean
  /** A class added to the group's `ff-choice`. */
  readonly className?: string
  readonly children: ReactNode
}

export function ChoiceField({
  path,
  help,
  legend,
  hideLegend = false,
  className,
  children,
}: ChoiceFieldProps) {
  const meta = useFieldMeta(path, { help })
  const legendId = `${meta.id}-legend`
  return (
    <div className="ff-field" data-invalid={meta.invalid || undefined}>
      <fieldset
        id={meta.id}
        tabIndex={-1}
        role="radiogroup"
        className={className ? `ff-choice ${className}` : 'ff-choice'}
        aria-labelledby={legendId}
        aria-describedby={meta.describedBy || undefined}
      >
        <legend id={legendId} className={hideLegend ? 'ff-visually-hidden' : 'ff-label'}>
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
