/** The text the studio starts from and returns to on reset: the engine's blank preset. */
// The preset's text file itself, not the presets index: the other presets load only with their dialog.
import blankYaml from '../../src/presets/blank.yaml?raw'

/** The blank preset's YAML. */
export function blankSource(): string {
  return blankYaml
}
