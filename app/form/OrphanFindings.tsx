/**
 * Lists a section's findings that no control of the form shows (for example an unknown key such as
 * `pulsar.endpoints`), each with its path and CORE's inline findings (message and Fix button).
 */
import { useLayoutEffect, useRef, useState } from 'react'
import type { SpecPath } from '../../src/model'
import { pathToString } from '../state/engine'
import { useMessages } from '../i18n'
import { selectResource } from '../state/selectors'
import { useStudioStore } from '../state/store'
import { fieldId } from './fieldId'
import { FieldFindings } from './FieldFindings'
import { formMessages } from './messages'
import { orphanPaths } from './orphanPaths'

export interface OrphanFindingsProps {
  /** The paths this section covers. */
  readonly prefixes: readonly SpecPath[]
}

/** Renders after the section's fields; finds uncovered paths by looking for their control ids. */
export function OrphanFindings({ prefixes }: OrphanFindingsProps) {
  const t = useMessages(formMessages)
  const findings = useStudioStore((s) => s.derived.findings)
  // A new resource can add or remove fields, so it re-runs the check too.
  const resource = useStudioStore(selectResource)
  const prefixKey = JSON.stringify(prefixes)
  const ref = useRef<HTMLDivElement>(null)
  const [orphans, setOrphans] = useState('[]')
  useLayoutEffect(() => {
    const doc = ref.current?.ownerDocument
    if (!doc) return
    const covered = JSON.parse(prefixKey) as SpecPath[]
    const found = orphanPaths(findings, covered, (p) => doc.getElementById(fieldId(p)) !== null)
    const next = JSON.stringify(found)
    if (next !== orphans) setOrphans(next)
  }, [findings, resource, prefixKey, orphans])
  const paths = JSON.parse(orphans) as SpecPath[]
  return (
    <div ref={ref} className="ff-orphans" hidden={paths.length === 0}>
      {paths.length > 0 ? <p className="ff-orphans-title">{t.otherFindings}</p> : null}
      {paths.map((p) => (
        <div key={pathToString(p)} className="ff-orphan">
          <code>{pathToString(p)}</code>
          <FieldFindings path={p} />
        </div>
      ))}
    </div>
  )
}
