/**
 * Everything a form control needs besides its value: id, help text, placeholder, findings state.
 * Reads the model's field catalogue and CORE's findings selector; writes nothing.
 */
import { useMemo } from 'react'
import type { SpecPath } from '../../src/model'
import { lookupField } from '../state/engine'
import { selectIsReadOnly, selectValueAt, useFindingsAt } from '../state/selectors'
import { useStudioStore } from '../state/store'
import { fieldId } from './fieldId'
import { formatDefault } from './formValues'

export interface FieldMetaOptions {
  /** Help text when the catalogue has none (or a better one for this form). */
  readonly help?: string | undefined
  /** Placeholder when the default is computed (effective image, effective store...). */
  readonly placeholder?: string | undefined
}

export interface FieldMeta {
  readonly id: string
  readonly helpId: string
  readonly findingsId: string
  readonly help: string
  readonly placeholder: string
  readonly defaultValue: unknown
  /** The catalogue's enum for the path, when it has one. */
  readonly enumValues: readonly string[] | undefined
  readonly invalid: boolean
  readonly describedBy: string
  readonly readOnly: boolean
}

/** Metadata for the control that edits `path`. */
export function useFieldMeta(path: SpecPath, options: FieldMetaOptions = {}): FieldMeta {
  const lang = useStudioStore((s) => s.lang)
  const readOnly = useStudioStore(selectIsReadOnly)
  const findings = useFindingsAt(path)
  const key = JSON.stringify(path)
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the path is compared by value
  const info = useMemo(() => lookupField(path), [key])
  const id = fieldId(path)
  const help = options.help ?? info?.description[lang] ?? ''
  const placeholder = options.placeholder ?? formatDefault(info?.default)
  const invalid = findings.some((f) => f.severity === 'error' || f.severity === 'warning')
  const helpId = `${id}-help`
  const findingsId = `${id}-findings`
  const describedBy = [help ? helpId : '', findings.length > 0 ? findingsId : '']
    .filter(Boolean)
    .join(' ')
  return {
    id,
    helpId,
    findingsId,
    help,
    placeholder,
    invalid,
    describedBy,
    readOnly,
    defaultValue: info?.default,
    enumValues: info?.enum,
  }
}

/**
 * The attributes that tie a control to its field: its id, whether it is invalid and what describes
 * it (help, findings). `problemId` names the control's own complaint (text that does not parse):
 * it makes the control invalid too and is read last.
 */
export function controlAttributes(meta: FieldMeta, problemId?: string) {
  const describedBy = [meta.describedBy, problemId ?? ''].filter(Boolean).join(' ')
  return {
    id: meta.id,
    'aria-invalid': meta.invalid || problemId !== undefined || undefined,
    'aria-describedby': describedBy || undefined,
  }
}

/** The value written at `path` in the resource the form shows (the last good one while text is broken). */
export function useResourceValue(path: SpecPath): unknown {
  return useStudioStore((s) => selectValueAt(s, path))
}

/** The store's setField, for controls. */
export function useSetField(): (path: SpecPath, value: unknown) => void {
  return useStudioStore((s) => s.setField)
}
