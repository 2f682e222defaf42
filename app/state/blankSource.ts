/** The text the studio starts from and returns to on reset: the engine's blank preset. */
import { BLANK_PRESET } from '../../src/presets'

/** The blank preset's YAML. */
export function blankSource(): string {
  return BLANK_PRESET.yaml
}
