/** How long is too long for a share link: chat tools cut around 2,000 characters, browsers and servers around 8,000. */
export const CHAT_LIMIT = 2000
export const BROWSER_LIMIT = 8000

export type LinkLengthLevel = 'ok' | 'chat' | 'browser'

export function linkLengthLevel(length: number): LinkLengthLevel {
  if (length > BROWSER_LIMIT) return 'browser'
  if (length > CHAT_LIMIT) return 'chat'
  return 'ok'
}

/** The address to share: this page without its query-less hash, plus the fragment (which starts with '#'). */
export function shareUrl(origin: string, pathname: string, fragment: string): string {
  return `${origin}${pathname}${fragment.startsWith('#') ? fragment : `#${fragment}`}`
}
