/**
 * The question the studio asks before a form edit changes data shared through a YAML anchor:
 * "change all, or only here?". The document slice calls `askShared` when the engine refuses an
 * edit with `construct: 'shared'`; the dialog answers with `answerShared`. A small store of its
 * own, so the question lives beside the document state without changing its shape.
 */
import { create } from 'zustand'
import type { SharedChoice, SharedData } from '../../src/yaml'

export interface SharedQuestion {
  readonly data: SharedData
  /** The edit, run again with the answer. */
  readonly retry: (choice: SharedChoice) => void
}

interface Remembered {
  readonly key: string
  readonly anchor: string
  readonly choice: SharedChoice
  /** The text the answered edit produced: the answer holds only while nothing else changed it. */
  readonly text: string
}

interface SharedPromptState {
  question: SharedQuestion | null
  /** The last answer, reused while the same field keeps being typed into. */
  remembered: Remembered | null
}

export const useSharedPrompt = create<SharedPromptState>()(() => ({
  question: null,
  remembered: null,
}))

/**
 * Asks the question for the edit identified by `key` (a field path), or answers it at once when
 * the user already chose for this field and anchor and kept typing into it (`source()` is still
 * the text the answered edit produced).
 */
export function askShared(
  data: SharedData,
  key: string | undefined,
  retry: (choice: SharedChoice) => void,
  source: () => string,
): void {
  const { remembered } = useSharedPrompt.getState()
  if (
    key &&
    remembered &&
    remembered.key === key &&
    remembered.anchor === data.anchor &&
    remembered.text === source()
  ) {
    retry(remembered.choice)
    useSharedPrompt.setState({ remembered: { ...remembered, text: source() } })
    return
  }
  useSharedPrompt.setState({
    remembered: null,
    question: {
      data,
      retry: (choice) => {
        useSharedPrompt.setState({ question: null })
        retry(choice)
        if (key)
          useSharedPrompt.setState({
            remembered: { key, anchor: data.anchor, choice, text: source() },
          })
      },
    },
  })
}

/** Answers the open question; `null` cancels the edit. */
export function answerShared(choice: SharedChoice | null): void {
  const { question } = useSharedPrompt.getState()
  if (!question) return
  if (choice) question.retry(choice)
  else useSharedPrompt.setState({ question: null, remembered: null })
}
