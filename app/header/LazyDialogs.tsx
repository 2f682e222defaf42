/**
 * The Export, Share, Baseline and store-guide dialogs, loaded only
 * when first opened so they and the exporters stay out of the first-load bundle.
 */
import { lazy, Suspense } from 'react'

const ExportDialog = lazy(() =>
  import('../export/ExportDialog').then((m) => ({ default: m.ExportDialog })),
)
const ShareDialog = lazy(() =>
  import('../export/ShareDialog').then((m) => ({ default: m.ShareDialog })),
)
const BaselineDialog = lazy(() =>
  import('../export/BaselineDialog').then((m) => ({ default: m.BaselineDialog })),
)
const StoreGuideDialog = lazy(() =>
  import('../export/StoreGuideDialog').then((m) => ({ default: m.StoreGuideDialog })),
)

export const LAZY_DIALOGS = ['export', 'share', 'baseline', 'guide'] as const
export type LazyDialogName = (typeof LAZY_DIALOGS)[number]

export interface LazyDialogProps {
  name: LazyDialogName
  onClose: () => void
}

/** Renders one lazily loaded dialog, open. */
export function LazyDialog({ name, onClose }: LazyDialogProps) {
  return (
    <Suspense fallback={null}>
      {name === 'export' && <ExportDialog open onClose={onClose} />}
      {name === 'share' && <ShareDialog open onClose={onClose} />}
      {name === 'baseline' && <BaselineDialog open onClose={onClose} />}
      {name === 'guide' && <StoreGuideDialog open onClose={onClose} />}
    </Suspense>
  )
}
