/**
 * Opens a share link found in the address bar. The codec is loaded on demand (it stays out of the
 * first-load bundle). A good link becomes a new state; the saved work stays under its key and
 * autosave pauses so it is not overwritten. A bad link only shows the codec's message. Baselines
 * the link carries are offered, never added without the user saying so.
 */
import { usePersistence } from './persistenceStore'
import { offerSharedBaselines } from './sharedBaselines'
import { useStudioStore } from './store'

export async function openSharedLink(hash: string, clearHash: () => void): Promise<void> {
  usePersistence.setState({ link: { status: 'loading' } })
  try {
    const { decodeShareLink } = await import('../../src/share')
    const result = await decodeShareLink(hash)
    if (!result.ok) {
      clearHash()
      usePersistence.setState({ link: { status: 'error', error: result.error } })
      return
    }
    const savedWorkKept = usePersistence.getState().hasSavedWork
    useStudioStore.getState().setSource(result.source, 'link')
    usePersistence.setState({ link: { status: 'open', savedWorkKept }, dirty: false })
    offerSharedBaselines(result.baselines, result.baselinesError)
  } catch {
    clearHash()
    usePersistence.setState({
      link: {
        status: 'error',
        error: {
          en: 'This link could not be opened. Your own work was not changed.',
          ko: '이 링크를 열 수 없습니다. 작업 중이던 내용은 그대로입니다.',
        },
      },
    })
  }
}
