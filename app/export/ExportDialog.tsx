/** The Export dialog: manifest, kubectl runbook, Helm values, effective resource and diagram tabs. */
import { useState } from 'react'
import { useMessages } from '../i18n'
import { selectIsReadOnly } from '../state/selectors'
import { useStudioStore } from '../state/store'
import { DiagramTab } from './DiagramTab'
import { Dialog } from '../common/Dialog'
import { EffectiveTab } from './EffectiveTab'
import { exportMessages } from './exportMessages'
import { HelmTab } from './HelmTab'
import { gitopsMessages } from './gitopsMessages'
import { KubectlTab } from './KubectlTab'
import { KustomizeTab } from './KustomizeTab'
import { ManifestTab } from './ManifestTab'
import { Tabs } from './Tabs'
import './export.css'

const TAB_IDS = ['manifest', 'kubectl', 'kustomize', 'helm', 'effective', 'diagram'] as const
type ExportTab = (typeof TAB_IDS)[number]

export interface ExportDialogProps {
  readonly open: boolean
  readonly onClose: () => void
}

function TabContent({ tab }: { readonly tab: ExportTab }) {
  switch (tab) {
    case 'manifest':
      return <ManifestTab />
    case 'kubectl':
      return <KubectlTab />
    case 'kustomize':
      return <KustomizeTab />
    case 'helm':
      return <HelmTab />
    case 'effective':
      return <EffectiveTab />
    case 'diagram':
      return <DiagramTab />
  }
}

export function ExportDialog({ open, onClose }: ExportDialogProps) {
  const m = useMessages(exportMessages)
  const g = useMessages(gitopsMessages)
  const broken = useStudioStore(selectIsReadOnly)
  const [tab, setTab] = useState<ExportTab>('manifest')
  const labels: Record<ExportTab, string> = {
    manifest: m.tabManifest,
    kubectl: m.tabKubectl,
    kustomize: g.tab,
    helm: m.tabHelm,
    effective: m.tabEffective,
    diagram: m.tabDiagram,
  }
  return (
    <Dialog open={open} onClose={onClose} title={m.title} wide>
      <Tabs
        label={m.tabsLabel}
        tabs={TAB_IDS.map((id) => ({ id, label: labels[id] }))}
        selected={tab}
        onSelect={setTab}
      >
        {broken && tab !== 'manifest' && (
          <p className="studio-callout studio-callout--warning" role="note">
            {m.brokenText}
          </p>
        )}
        <TabContent tab={tab} />
      </Tabs>
    </Dialog>
  )
}
