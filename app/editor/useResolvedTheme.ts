/**
 * The theme actually shown: `data-theme` on <html> (set by the app shell) when present, else the
 * store's choice, with 'system' following `prefers-color-scheme`. Monaco needs this to pick vs/vs-dark.
 */
import { useSyncExternalStore } from 'react'
import { useStudioStore } from '../state/store'
import type { ThemeChoice } from '../state/types'

export type ResolvedTheme = 'light' | 'dark'

function systemIsDark(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches
}

function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange)
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] })
  const media =
    typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : undefined
  media?.addEventListener('change', onChange)
  return () => {
    observer.disconnect()
    media?.removeEventListener('change', onChange)
  }
}

function readAttribute(): string {
  return document.documentElement.getAttribute('data-theme') ?? ''
}

/** Pure resolution, exported for tests. */
export function resolveTheme(
  attribute: string,
  choice: ThemeChoice,
  systemDark: boolean,
): ResolvedTheme {
  if (attribute === 'dark' || attribute === 'light') return attribute
  if (choice === 'system') return systemDark ? 'dark' : 'light'
  return choice
}

export function useResolvedTheme(): ResolvedTheme {
  const choice = useStudioStore((s) => s.theme)
  const attribute = useSyncExternalStore(subscribe, readAttribute, () => '')
  return resolveTheme(attribute, choice, systemIsDark())
}

/** Monaco's built-in theme name for the resolved theme. */
export function monacoThemeName(theme: ResolvedTheme): 'vs' | 'vs-dark' {
  return theme === 'dark' ? 'vs-dark' : 'vs'
}
