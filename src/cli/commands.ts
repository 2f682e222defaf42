/** The export and share commands: the same engine functions the browser calls. */
import { stringify } from 'yaml'
import { deriveDocument } from '../derive'
import { toEffectiveResource, toHelmValues, toKubectlRunbook, toManifest } from '../export'
import { decodeShareLink, encodeShareLink } from '../share'
import { EXIT, type Lang } from './io'

export const EXPORT_TARGETS = ['manifest', 'kubectl', 'helm', 'effective'] as const
export type ExportTarget = (typeof EXPORT_TARGETS)[number]

export interface CommandResult {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

const ok = (stdout: string, stderr = ''): CommandResult => ({ code: EXIT.ok, stdout, stderr })
const failed = (stderr: string): CommandResult => ({ code: EXIT.findings, stdout: '', stderr })

/** `export --to X`: prints what the export panel shows, from the same derived result. */
export function runExport(
  target: ExportTarget,
  source: string,
  lang: Lang,
  install: 'helm' | 'manifest',
): CommandResult {
  const derived = deriveDocument(source)
  if (target === 'manifest') return ok(toManifest(derived))
  if (target === 'kubectl') return ok(toKubectlRunbook(derived, { operatorInstall: install }))
  const resource = derived.resource
  if (!resource)
    return failed(
      lang === 'ko'
        ? 'Milvus 리소스를 찾지 못했거나 읽을 수 없습니다.\n'
        : 'No readable Milvus resource in the input.\n',
    )
  if (target === 'helm') return ok(toHelmValues(derived, { lang }).yaml)
  const { resource: effective, changes, notes } = toEffectiveResource(resource)
  const header = [
    ...notes.map((n) => `# ${n[lang]}`),
    ...changes.map((c) => `# ${c.kind} ${c.path}: ${c.note[lang]}`),
  ].map((line) => line.replace(/[\r\n]+/g, ' '))
  return ok(`${header.join('\n')}\n${stringify(effective)}`)
}

/** `share encode FILE`: prints the fragment; lists removed secrets on stderr. */
export async function runShareEncode(
  source: string,
  includeSecrets: boolean,
  lang: Lang,
): Promise<CommandResult> {
  try {
    const { fragment, removed } = await encodeShareLink(source, { includeSecrets })
    const lines = removed.map((r) => `  ${r.document > 0 ? `#${r.document} ` : ''}${r.path}`)
    const note =
      lines.length > 0
        ? `${lang === 'ko' ? '링크에서 제거한 비밀 값' : 'Secrets removed from the link'} (${lines.length}):\n${lines.join('\n')}\n`
        : ''
    return ok(`${fragment}\n`, note)
  } catch (error) {
    return failed(`${error instanceof Error ? error.message : String(error)}\n`)
  }
}

/**
 * `share decode LINK`: prints the document exactly as encoded; the names of the baselines a link
 * carries (or why they cannot be read) go to stderr.
 */
export async function runShareDecode(link: string, lang: Lang): Promise<CommandResult> {
  const decoded = await decodeShareLink(link)
  if (decoded.ok) {
    const names = decoded.baselines?.items.map((b) => b.name).join(', ')
    const note = names
      ? `${lang === 'ko' ? '링크에 담긴 기준' : 'Baselines in the link'}: ${names}\n`
      : decoded.baselinesError
        ? `${decoded.baselinesError[lang]}\n`
        : ''
    return ok(decoded.source, note)
  }
  return failed(`${decoded.code}: ${decoded.error[lang]}\n`)
}
