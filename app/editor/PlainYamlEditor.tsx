/**
 * A labelled textarea bound to the store: the Suspense fallback while Monaco loads, and the
 * "plain text editor" mode (phones, or when Monaco fails). Undo/redo keys go to the store.
 */
import { useEffect, useRef, type KeyboardEvent } from 'react'
import { useMessages } from '../i18n'
import { useStudioStore } from '../state/store'
import { editorMessages } from './editorMessages'
import { clearPlainFocus, offerPlainFocus } from './plainFocusHandoff'
import { revealTarget } from './revealTarget'

export interface PlainYamlEditorProps {
  /** True when shown only while Monaco loads (announced as busy). */
  readonly loading?: boolean
}

function historyKey(e: KeyboardEvent<HTMLTextAreaElement>): 'undo' | 'redo' | undefined {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return undefined
  const key = e.key.toLowerCase()
  if (key === 'z') return e.shiftKey ? 'redo' : 'undo'
  if (key === 'y' && !e.shiftKey) return 'redo'
  return undefined
}

export function PlainYamlEditor({ loading = false }: PlainYamlEditorProps) {
  const m = useMessages(editorMessages)
  const source = useStudioStore((s) => s.source)
  const ok = useStudioStore((s) => s.derived.ok)
  const ref = useRef<HTMLTextAreaElement>(null)

  useEffect(
    () =>
      useStudioStore.subscribe((state, prev) => {
        const area = ref.current
        if (!area || !state.reveal || state.reveal === prev.reveal) return
        const range = revealTarget(
          state.source,
          state.derived,
          state.reveal.path,
          state.reveal.range,
        )
        if (!range) return
        area.setSelectionRange(range.start.offset, range.end.offset)
        const lineHeight = parseFloat(getComputedStyle(area).lineHeight) || 18
        area.scrollTop = Math.max(0, (range.start.line - 3) * lineHeight)
      }),
    [],
  )

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    const action = historyKey(e)
    if (!action) return
    e.preventDefault()
    useStudioStore.getState()[action]()
  }

  return (
    <textarea
      ref={ref}
      className="plain-yaml"
      aria-label={m.plainLabel}
      aria-invalid={!ok}
      aria-busy={loading}
      spellCheck={false}
      autoCapitalize="off"
      autoComplete="off"
      autoCorrect="off"
      wrap="off"
      value={source}
      onChange={(e) => useStudioStore.getState().setSource(e.target.value, 'editor')}
      onKeyDown={onKeyDown}
      onSelect={(e) => offerPlainFocus(e.currentTarget.selectionStart)}
      onFocus={(e) => offerPlainFocus(e.currentTarget.selectionStart)}
      onBlur={clearPlainFocus}
    />
  )
}
