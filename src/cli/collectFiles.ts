/**
 * Turns the paths given to `lint` into the inputs to read: `-` is standard input, a folder is
 * walked for *.yaml and *.yml (skipping node_modules, .git and what the folder's .gitignore
 * excludes), anything else is read as a file. Folder contents come out sorted, so reports are stable.
 */
import { parseGitignore, type IgnoreList } from './gitignore'
import { decodeText, errorCode, type CliIo } from './io'

export const STDIN = '-'
const SKIPPED_DIRS = new Set(['node_modules', '.git'])
const YAML_FILE = /\.ya?ml$/i

export type Input =
  | { readonly file: string; readonly text: string }
  | { readonly file: string; readonly error: string }

function join(dir: string, name: string): string {
  return dir === '.' ? name : `${dir.replace(/\/+$/, '')}/${name}`
}

async function readIgnore(dir: string, io: CliIo): Promise<IgnoreList | undefined> {
  try {
    return parseGitignore(decodeText(await io.readFile(join(dir, '.gitignore'))))
  } catch {
    return undefined
  }
}

async function listOrUndefined(path: string, io: CliIo) {
  if (!io.listDir || path === STDIN) return undefined
  try {
    return await io.listDir(path)
  } catch {
    return undefined
  }
}

async function walk(
  root: string,
  rel: string,
  ignore: IgnoreList | undefined,
  io: CliIo,
  out: string[],
): Promise<void> {
  const entries = (await listOrUndefined(rel ? join(root, rel) : root, io)) ?? []
  const sorted = [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const entry of sorted) {
    const child = rel ? `${rel}/${entry.name}` : entry.name
    if (ignore?.ignores(child, entry.dir)) continue
    if (entry.dir) {
      if (!SKIPPED_DIRS.has(entry.name)) await walk(root, child, ignore, io, out)
    } else if (YAML_FILE.test(entry.name)) out.push(join(root, child))
  }
}

/** The files a list of paths names, in order, without duplicates; folders are expanded. */
export async function expandPaths(paths: readonly string[], io: CliIo): Promise<string[]> {
  const out: string[] = []
  for (const path of paths) {
    if ((await listOrUndefined(path, io)) === undefined) {
      out.push(path)
      continue
    }
    const found: string[] = []
    await walk(path, '', await readIgnore(path, io), io, found)
    out.push(...found)
  }
  return [...new Set(out)]
}

/** Reads one input: standard input for `-`, otherwise the file. */
export async function readInput(file: string, io: CliIo): Promise<Input> {
  try {
    if (file === STDIN) {
      if (!io.readStdin) return { file, error: 'no standard input' }
      return { file, text: decodeText(await io.readStdin()) }
    }
    return { file, text: decodeText(await io.readFile(file)) }
  } catch (error) {
    return { file, error: errorCode(error) }
  }
}
