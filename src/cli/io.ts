/** What the CLI core needs from the outside world, so tests can inject a fake file system. */
export interface DirEntry {
  readonly name: string
  readonly dir: boolean
}

export interface CliIo {
  /** Reads a file's bytes; rejects when it cannot be read. */
  readFile(path: string): Promise<Uint8Array | string>
  /** Reads standard input to its end (`lint -`). */
  readStdin?(): Promise<Uint8Array | string>
  /** Lists a folder; rejects when `path` is not one (then it is read as a file). */
  listDir?(path: string): Promise<readonly DirEntry[]>
  /** Replaces a file's content (`lint --fix`). */
  writeFile?(path: string, text: string): Promise<void>
  stdout(text: string): void
  stderr(text: string): void
}

export type Lang = 'en' | 'ko'

/** Exit codes: 0 clean, 1 findings with errors (or a failed command), 2 usage or unreadable input. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const

/** Decodes bytes as UTF-8, replacing invalid sequences (the CLI must never crash on bytes). */
export function decodeText(data: Uint8Array | string): string {
  return typeof data === 'string' ? data : new TextDecoder('utf-8').decode(data)
}

/** The error code of a failed read (ENOENT, EACCES...) or its message. */
export function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' ? code : error instanceof Error ? error.message : 'unreadable'
}
