/**
 * A collapsible form section (`<details>`) with the count of findings under its path. Open on wide
 * screens; on narrow ones open only while it holds a problem (useSectionOpen).
 */
import type { ReactNode } from 'react'
import type { SpecPath } from '../../src/model'
import { FindingCount } from '../findings/InlineFindings'
import { useSectionOpen } from './useSectionOpen'

export interface SectionProps {
  readonly id: string
  readonly title: string
  readonly children: ReactNode
  /** When given, the summary shows how many findings sit under this path. */
  readonly findingsPath?: SpecPath
  /** Where this section's problems sit, when not (only) under `findingsPath`. */
  readonly problemPaths?: readonly SpecPath[]
}

const NONE: readonly SpecPath[] = []

/** One top-level block of the form. */
export function Section({ id, title, children, findingsPath, problemPaths = NONE }: SectionProps) {
  const [open, setOpen] = useSectionOpen(
    findingsPath ? [findingsPath, ...problemPaths] : problemPaths,
  )
  return (
    <details className="ff-section" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="ff-summary">
        <h2 id={id} className="ff-section-title">
          {title}
        </h2>{' '}
        {findingsPath ? <FindingCount path={findingsPath} /> : null}
      </summary>
      <div className="ff-section-body">{children}</div>
    </details>
  )
}

export interface SubsectionProps {
  readonly title: string
  readonly children: ReactNode
  readonly note?: ReactNode
}

/** A titled group of fields inside a section. */
export function Subsection({ title, children, note }: SubsectionProps) {
  return (
    <div className="ff-subsection">
      <h3 className="ff-subsection-title">{title}</h3>
      {note}
      {children}
    </div>
  )
}
