/** "Download YAML": the manifest (byte for byte the editor text) as `<name>.yaml`. */
import { downloadText, yamlFileName } from '../common/download'
import { selectResourceName } from '../state/selectors'
import { useStudioStore } from '../state/store'

export async function downloadManifest(): Promise<void> {
  // The exporters stay out of the first-load bundle.
  const { manifestOf } = await import('../state/exports')
  const state = useStudioStore.getState()
  downloadText(yamlFileName(selectResourceName(state)), manifestOf(state.derived))
}
