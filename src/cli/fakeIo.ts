/** An in-memory CliIo for tests: files by path, folders implied by the paths, stdin text. */
import type { CliIo, DirEntry } from './io'

export interface FakeRun {
  readonly io: CliIo
  readonly files: Map<string, string | Uint8Array>
  out(): string
  err(): string
}

const enoent = (): Error => Object.assign(new Error('nope'), { code: 'ENOENT' })

function listing(files: ReadonlyMap<string, unknown>, dir: string): DirEntry[] | undefined {
  const prefix = dir === '.' ? '' : `${dir.replace(/\/+$/, '')}/`
  const entries = new Map<string, boolean>()
  for (const path of files.keys()) {
    if (!path.startsWith(prefix)) continue
    const [name = '', ...rest] = path.slice(prefix.length).split('/')
    entries.set(name, entries.get(name) === true || rest.length > 0)
  }
  return entries.size === 0
    ? undefined
    : [...entries].map(([name, isDir]) => ({ name, dir: isDir }))
}

export function fakeIo(initial: Record<string, string | Uint8Array> = {}, stdin?: string): FakeRun {
  const files = new Map(Object.entries(initial))
  let out = ''
  let err = ''
  const io: CliIo = {
    readFile: (path) => {
      const data = files.get(path)
      return data === undefined ? Promise.reject(enoent()) : Promise.resolve(data)
    },
    ...(stdin !== undefined ? { readStdin: () => Promise.resolve(stdin) } : {}),
    listDir: (path) => {
      const entries = files.has(path) ? undefined : listing(files, path)
      return entries ? Promise.resolve(entries) : Promise.reject(enoent())
    },
    writeFile: (path, text) => {
      files.set(path, text)
      return Promise.resolve()
    },
    stdout: (t) => {
      out += t
    },
    stderr: (t) => {
      err += t
    },
  }
  return { io, files, out: () => out, err: () => err }
}
