/** Catches a failed Monaco chunk (offline, blocked worker, old browser) so the panel falls back to plain text. */
import { Component, type ReactNode } from 'react'

export interface EditorLoadBoundaryProps {
  readonly onError: (error: unknown) => void
  readonly children: ReactNode
}

interface BoundaryState {
  readonly failed: boolean
}

export class EditorLoadBoundary extends Component<EditorLoadBoundaryProps, BoundaryState> {
  override state: BoundaryState = { failed: false }

  static getDerivedStateFromError(): BoundaryState {
    return { failed: true }
  }

  override componentDidCatch(error: unknown): void {
    console.error('Monaco failed to load; using the plain text editor.', error)
    this.props.onError(error)
  }

  override render(): ReactNode {
    return this.state.failed ? null : this.props.children
  }
}
