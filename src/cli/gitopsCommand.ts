/**
 * `export --to kustomize [--overlay NAME=FILE]... [--out DIR] FILE` and
 * `export --to argocd [--repo URL] [--path P] [--overlay NAME] FILE`: the GitOps exporters. Without
 * --out the Kustomize files are printed one after another, each under a `# file: PATH` line.
 */
import { deriveDocument } from '../derive'
import { toArgoApplication, toKustomizeFolder, type KustomizeOverlay } from '../export'
import type { CommandResult } from './commands'
import { readInput } from './collectFiles'
import { EXIT, type CliIo, type Lang } from './io'

export const GITOPS_TARGETS = ['kustomize', 'argocd'] as const
export const GITOPS_VALUED = ['overlay', 'out', 'repo', 'path'] as const

type Usage = { readonly usage: string }
const cannotRead = (file: string, error: string): CommandResult => ({
  code: EXIT.usage,
  stdout: '',
  stderr: `${file}: cannot read: ${error}\n`,
})

async function readOverlays(
  specs: readonly string[],
  io: CliIo,
): Promise<KustomizeOverlay[] | Usage | CommandResult> {
  const out: KustomizeOverlay[] = []
  for (const spec of specs) {
    const eq = spec.indexOf('=')
    if (eq <= 0) return { usage: '--overlay needs NAME=FILE (for example dev=dev.yaml)' }
    const input = await readInput(spec.slice(eq + 1), io)
    if ('error' in input) return cannotRead(input.file, input.error)
    out.push({ name: spec.slice(0, eq), derived: deriveDocument(input.text) })
  }
  return out
}

export async function runGitOpsExport(
  target: (typeof GITOPS_TARGETS)[number],
  file: string,
  options: ReadonlyMap<string, string | true>,
  repeated: ReadonlyMap<string, string[]>,
  lang: Lang,
  io: CliIo,
): Promise<CommandResult | Usage> {
  const input = await readInput(file, io)
  if ('error' in input) return cannotRead(file, input.error)
  const str = (key: string): string | undefined =>
    typeof options.get(key) === 'string' ? (options.get(key) as string) : undefined
  if (target === 'argocd') {
    const repoURL = str('repo')
    const path = str('path')
    const overlay = str('overlay')
    return {
      code: EXIT.ok,
      stdout: toArgoApplication(deriveDocument(input.text), {
        ...(repoURL ? { repoURL } : {}),
        ...(path ? { path } : {}),
        ...(overlay ? { overlay } : {}),
      }),
      stderr: '',
    }
  }
  const overlays = await readOverlays(repeated.get('overlay') ?? [], io)
  if (!Array.isArray(overlays)) return overlays
  const result = toKustomizeFolder(deriveDocument(input.text), overlays)
  const notes = result.notes.map((n) => `milvus-studio: ${n[lang]}\n`).join('')
  if (result.files.length === 0) return { code: EXIT.findings, stdout: '', stderr: notes }
  const out = str('out')
  if (!out)
    return {
      code: EXIT.ok,
      stdout: result.files.map((f) => `# file: ${f.path}\n${f.content}`).join('---\n'),
      stderr: notes,
    }
  if (!io.writeFile) return { usage: '--out is not available here' }
  for (const f of result.files)
    await io.writeFile(`${out.replace(/\/+$/, '')}/${f.path}`, f.content)
  return {
    code: EXIT.ok,
    stdout: result.files.map((f) => `wrote ${out.replace(/\/+$/, '')}/${f.path}\n`).join(''),
    stderr: notes,
  }
}
