/**
 * The rules-free read of a text: its documents, the edited resource and the YAML problems, without
 * running a rule. The form follows the text through it on the main thread, so this module must not
 * import the rule registry (the rules load only with the derive worker, or with the main-thread
 * fallback in `deriver.ts`). Pure: no store, no DOM.
 */
import { deriveWithRules } from '../../src/derive/deriveWith'
import type { Derived } from '../../src/derive/types'

const NO_RULES = [] as const

/** The documents, the edited resource and the YAML problems of `source`, without running the rules. */
export function deriveQuick(source: string): Derived {
  return deriveWithRules(source, NO_RULES)
}
