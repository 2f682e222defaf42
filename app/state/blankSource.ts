/**
 * The text the studio starts from and returns to on reset: the engine's blank preset. The fallback
 * only matters if that preset were ever renamed; it is the same minimal standalone resource.
 */
import { PRESETS } from '../../src/presets'

const FALLBACK = `apiVersion: milvus.io/v1beta1
kind: Milvus
metadata:
  name: my-release
  labels:
    app: milvus
spec:
  mode: standalone
`

/** The blank preset's YAML. */
export function blankSource(): string {
  return PRESETS.find((p) => p.id === 'blank')?.yaml ?? FALLBACK
}
