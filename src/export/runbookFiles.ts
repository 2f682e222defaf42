/**
 * Writes each document of the file into a temporary folder through a quoted heredoc (nothing is
 * expanded, every byte kept), so later steps can diff, check and apply them one at a time. Pure.
 */
import type { DerivedDocument } from '../derive'
import type { ScriptBuilder } from './scriptBuilder'
import { pipeHeredoc } from './shell'

export interface WrittenDocument {
  readonly doc: DerivedDocument
  /** The file inside the script's work folder, as a shell word (`$workdir/...`). */
  readonly file: string
  /** The 1-based script line where the document's text starts. */
  readonly firstLine: number
}

function isEmpty(doc: DerivedDocument): boolean {
  return doc.text.split('\n').every((l) => /^\s*(#.*)?$/.test(l) || /^\s*(---|\.\.\.)\s*$/.test(l))
}

/** Writes every non-empty document; returns where each went. */
export function writeDocuments(
  s: ScriptBuilder,
  docs: readonly DerivedDocument[],
  main: DerivedDocument | undefined,
): WrittenDocument[] {
  const wanted = docs.filter((d) => d === main || !isEmpty(d))
  if (wanted.length === 0) return []
  s.gap().add(
    '# The documents of the file, byte for byte as written in the studio.',
    'workdir="$(mktemp -d)"',
    'trap \'rm -rf "$workdir"\' EXIT',
  )
  return wanted.map((doc) => {
    const file = `$workdir/${doc === main ? 'milvus' : `document-${doc.index}`}.yaml`
    const command = pipeHeredoc(doc.text, `cat >"${file}"`)
    const firstLine = s.nextLine + 1
    s.add(command)
    return { doc, file, firstLine }
  })
}
