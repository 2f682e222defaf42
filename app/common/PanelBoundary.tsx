/**
 * An error boundary around one panel: if the panel throws while rendering, the rest of the studio
 * keeps working, and the fallback offers to download the current YAML so nothing is lost.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react'
import { format, useMessages } from '../i18n'
import { useStudioStore } from '../state/store'
import { selectResourceName } from '../state/selectors'
import { downloadText, yamlFileName } from './download'
import { commonMessages } from './messages'

export interface PanelBoundaryProps {
  /** Panel name shown in the fallback (already localized). */
  name: string
  children: ReactNode
}

interface BoundaryState {
  error: Error | null
}

export class PanelBoundary extends Component<PanelBoundaryProps, BoundaryState> {
  override state: BoundaryState = { error: null }

  static getDerivedStateFromError(error: unknown): BoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) }
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`Panel "${this.props.name}" failed`, error, info.componentStack)
  }

  override render(): ReactNode {
    if (this.state.error) {
      return (
        <PanelFallback
          name={this.props.name}
          error={this.state.error}
          onRetry={() => this.setState({ error: null })}
        />
      )
    }
    return this.props.children
  }
}

interface PanelFallbackProps {
  name: string
  error: Error
  onRetry: () => void
}

function PanelFallback({ name, error, onRetry }: PanelFallbackProps) {
  const t = useMessages(commonMessages)
  const download = () => {
    const state = useStudioStore.getState()
    downloadText(yamlFileName(selectResourceName(state)), state.source)
  }
  return (
    <div role="alert" className="panel-fallback">
      <p>
        <strong>{format(t.panelFailed, { panel: name })}</strong> {t.panelFailedRest}
      </p>
      <pre className="panel-fallback__error">{error.message}</pre>
      <div className="button-row">
        <button type="button" onClick={onRetry}>
          {t.retry}
        </button>
        <button type="button" onClick={download}>
          {t.downloadYaml}
        </button>
      </div>
    </div>
  )
}
