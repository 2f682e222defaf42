/**
 * A free YAML box for one value the form has no dedicated controls for (volumes, mounts, custom
 * affinity). The text is local until "Apply" (or Ctrl/Cmd+Enter): then it is parsed with the
 * engine's reader, checked by `check`, and written with setField; a blank box deletes the key.
 */
import { useState } from 'react'
import type { LocalizedText, SpecPath } from '../../../src/model'
import { format, useMessages } from '../../i18n'
import { readYamlFragment, writeYamlFragment } from '../../state/yamlFragment'
import { useStudioStore } from '../../state/store'
import { Field } from '../Field'
import { podMessages } from '../messagesPods'
import { controlAttributes, useFieldMeta, useResourceValue, useSetField } from '../useFieldMeta'

export interface YamlFieldProps {
  readonly path: SpecPath
  readonly label: string
  readonly help?: string | undefined
  readonly placeholder?: string
  /** Why a parsed value does not fit (undefined when it does). */
  readonly check?: (value: unknown) => LocalizedText | undefined
}

/** Multi-line YAML control with explicit apply and inline parse errors. */
export function YamlField({ path, label, help, placeholder, check }: YamlFieldProps) {
  const meta = useFieldMeta(path, { help })
  const t = useMessages(podMessages)
  const lang = useStudioStore((s) => s.lang)
  const stored = writeYamlFragment(useResourceValue(path))
  const setField = useSetField()
  const [draft, setDraft] = useState<{ text: string; base: string } | null>(null)
  const [problem, setProblem] = useState<LocalizedText | null>(null)
  const text = draft !== null && draft.base === stored ? draft.text : stored
  const apply = (): void => {
    const read = readYamlFragment(text)
    const why = read.ok
      ? read.value === undefined
        ? undefined
        : check?.(read.value)
      : {
          en: format(podMessages.en.yamlInvalid, { error: read.message.en }),
          ko: format(podMessages.ko.yamlInvalid, { error: read.message.ko }),
        }
    setProblem(why ?? null)
    if (why || !read.ok) return
    setDraft(null)
    setField(path, read.value)
  }
  const problemId = `${meta.id}-problem`
  const actions = (
    <span className="ff-yaml-actions">
      <button
        type="button"
        className="ff-button"
        aria-label={format(t.applyTo, { label })}
        disabled={text === stored}
        onClick={apply}
      >
        {t.apply}
      </button>
      {problem ? (
        <span id={problemId} className="ff-bad" role="alert">
          {problem[lang]}
        </span>
      ) : null}
    </span>
  )
  return (
    <Field
      path={path}
      label={label}
      meta={{ ...meta, invalid: meta.invalid || problem !== null }}
      aside={actions}
      includeDescendants
    >
      <textarea
        {...controlAttributes(meta, problem ? problemId : undefined)}
        className="ff-input ff-yaml-box"
        value={text}
        rows={Math.min(12, Math.max(3, text.split('\n').length + 1))}
        placeholder={placeholder}
        spellCheck={false}
        autoComplete="off"
        onChange={(e) => {
          setDraft({ text: e.target.value, base: stored })
          setProblem(null)
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault()
            apply()
          }
        }}
      />
    </Field>
  )
}
