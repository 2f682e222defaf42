/**
 * The runbook's checks before it changes anything (open errors, placeholders left for Secrets that
 * do not exist) and its Secret step (create only what is missing, never replace). Pure text.
 */
import type { Derived } from '../derive'
import type { WrittenDocument } from './runbookFiles'
import { placeholderLines, type NeededSecret } from './runbookSecrets'
import { oneLine, type ScriptBuilder } from './scriptBuilder'
import { shellQuote as q } from './shell'

export interface GuardInput {
  readonly derived: Derived
  readonly secrets: readonly NeededSecret[]
  /** Line of each Secret value variable in the script. */
  readonly variables: ReadonlyMap<string, number>
  readonly written: readonly WrittenDocument[]
  readonly mode: 'script' | 'files'
  readonly namespace: string
}

/** A Secret value line that still holds a `<...>` placeholder (extended regex, for grep). */
const PLACEHOLDER_VALUE_ERE = `^[[:space:]]*[A-Za-z0-9_.-]+:[[:space:]]*['"]?<[^<>]+>['"]?[[:space:]]*(#.*)?$`

/** Secret documents of the file that have a `<...>` value now (checked again when the script runs). */
function fileSecrets(written: readonly WrittenDocument[]): WrittenDocument[] {
  return written.filter(
    (w) => w.doc.kind === 'Secret' && w.doc.name !== '' && placeholderLines(w.doc.text).length > 0,
  )
}

export function guardSection(s: ScriptBuilder, input: GuardInput): void {
  const { derived, secrets, variables, written, mode } = input
  const errors = derived.findings.filter((f) => f.severity === 'error').length
  s.gap().add('# 0. Checks before anything changes.')
  if (errors > 0) {
    s.add(
      'if [ "$ALLOW_ERRORS" != 1 ]; then',
      `  echo ${q(`Refusing to run: the config has ${errors} open error(s), listed at the top of this script. Fix them in the studio, or run again with --allow-errors.`)} >&2`,
      '  exit 3',
      'fi',
    )
  }
  s.add(
    'secret_exists() { kubectl get secret "$1" -n "$NAMESPACE" >/dev/null 2>&1; }',
    "is_placeholder() { [[ \"$1\" == '<'*'-PLACEHOLDER>' ]]; }",
    'left=()',
  )
  for (const secret of secrets) {
    s.add(`if ! secret_exists ${q(secret.name)}; then`)
    if (mode === 'files') {
      s.add(
        `  left+=(${q(`Secret ${secret.name} does not exist: fill in ${secret.name}.secret.yaml and run kubectl create -n`)}" $NAMESPACE -f ${q(`${secret.name}.secret.yaml`)}")`,
      )
    }
    for (const k of mode === 'script' ? secret.keys : []) {
      const line = variables.get(k.variable) ?? 0
      s.add(
        `  if is_placeholder "$${k.variable}"; then left+=(${q(`line ${line}: ${k.variable} is still ${k.placeholder} (Secret ${oneLine(secret.name)}, key ${k.key})`)}); fi`,
      )
    }
    s.add('fi')
  }
  for (const w of fileSecrets(written)) {
    const note = q(` is a placeholder (Secret ${oneLine(w.doc.name)} in this file)`)
    s.add(
      `if ! secret_exists ${q(w.doc.name)}; then`,
      '  while IFS=: read -r n value; do',
      `    left+=("line $((n + ${w.firstLine - 1})): $(echo $value)"${note})`,
      `  done < <(grep -nE ${q(PLACEHOLDER_VALUE_ERE)} "${w.file}" || true)`,
      'fi',
    )
  }
  s.add(
    'if [ "${#left[@]}" -gt 0 ]; then',
    '  echo "Refusing to run: these Secrets do not exist in namespace $NAMESPACE and their values are still placeholders:" >&2',
    '  printf \'  %s\\n\' "${left[@]}" >&2',
    "  echo 'Edit those lines (or create the Secrets yourself), then run again. Nothing was changed.' >&2",
    '  exit 4',
    'fi',
  )
}

/** Step 4: each Secret is created only when missing, from the filled-in values; an existing one is left alone. */
export function secretsSection(
  s: ScriptBuilder,
  secrets: readonly NeededSecret[],
  written: readonly WrittenDocument[],
  mode: 'script' | 'files',
): void {
  const own = written.filter((w) => w.doc.kind === 'Secret')
  if ((mode === 'files' || secrets.length === 0) && own.length === 0) return
  s.gap().add(
    '# 4. Secrets: an existing Secret is left as it is; a missing one is created, never replaced.',
  )
  for (const secret of mode === 'script' ? secrets : []) {
    const name = q(secret.name)
    const from = secret.keys.map((k) => `--from-${k.from}=${q(k.key)}="$${k.variable}"`).join(' ')
    s.add(
      `if secret_exists ${name}; then`,
      `  echo ${q(`Secret ${secret.name} already exists in namespace`)} "$NAMESPACE: left as it is."`,
      'else',
      `  kubectl create secret generic ${name} -n "$NAMESPACE" ${from}`,
      'fi',
    )
  }
  for (const w of own) {
    const name = q(w.doc.name)
    s.add(
      `if secret_exists ${name}; then`,
      `  echo ${q(`Secret ${w.doc.name} already exists in namespace`)} "$NAMESPACE: left as it is."`,
      'else',
      `  kubectl create -n "$NAMESPACE" -f "${w.file}"`,
      'fi',
    )
  }
}
