/** The text the studio starts from and returns to on reset: the engine's blank preset. */
// The preset's own module, not the presets index: the other presets load only with their dialog.
import { BLANK_PRESET } from '../../src/presets/blank'

/** The blank preset's YAML. */
export function blankSource(): string {
  return BLANK_PRESET.yaml
}
