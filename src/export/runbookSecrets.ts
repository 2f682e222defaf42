/**
 * The Secrets a config refers to, and how a runbook may create them: only when they are missing,
 * only from values the user filled in. Placeholders have the form `<NAME-PLACEHOLDER>` so a script
 * can recognise one that was left. Pure.
 */
import { stringify } from 'yaml'
import { effectiveMsgStreamType, type MilvusResource } from '../model'
import type { DerivedDocument } from '../derive'

/** One key of a Secret: a literal value, or a file whose content becomes the value. */
export interface SecretKey {
  readonly key: string
  readonly from: 'literal' | 'file'
  /** The shell variable the script reads the value from. */
  readonly variable: string
  readonly placeholder: string
}

export interface NeededSecret {
  readonly name: string
  readonly keys: readonly SecretKey[]
  /** The field that refers to the Secret, for comments. */
  readonly why: string
}

export interface SecretManifest {
  readonly name: string
  readonly fileName: string
  readonly yaml: string
}

/** Matches a placeholder left in a script or file: `<...-PLACEHOLDER>` or a bare `<value>` in a Secret. */
export const PLACEHOLDER_FORM = /<[A-Z0-9][A-Z0-9-]*-PLACEHOLDER>/

function upper(text: string): string {
  return (
    text
      .toUpperCase()
      .replace(/[^A-Z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'SECRET'
  )
}

function secretKey(secret: string, key: string, from: SecretKey['from'] = 'literal'): SecretKey {
  const base = `${upper(secret)}-${upper(key)}${from === 'file' ? '-FILE' : ''}`
  return { key, from, variable: base.replace(/-/g, '_'), placeholder: `<${base}-PLACEHOLDER>` }
}

function named(ref: unknown): ref is string {
  return typeof ref === 'string' && ref.trim() !== ''
}

/** Secrets the resource refers to that no document of the same file defines. */
export function neededSecrets(
  r: MilvusResource | undefined,
  documents: readonly DerivedDocument[],
): NeededSecret[] {
  if (!r) return []
  const deps = r.spec.dependencies ?? {}
  const out: NeededSecret[] = []
  const kafkaRef = deps.kafka?.secretRef
  if (named(kafkaRef) && effectiveMsgStreamType(r) === 'kafka') {
    out.push({
      name: kafkaRef,
      keys: [secretKey(kafkaRef, 'username'), secretKey(kafkaRef, 'password')],
      why: 'Kafka SASL credentials (spec.dependencies.kafka.secretRef)',
    })
  }
  const storage = deps.storage
  if (storage?.external === true && named(storage.secretRef)) {
    const ref = storage.secretRef
    out.push({
      name: ref,
      keys: [secretKey(ref, 'accesskey'), secretKey(ref, 'secretkey')],
      why: 'object storage keys (spec.dependencies.storage.secretRef)',
    })
  }
  const caRef = storage?.ssl?.caCertificateRef
  if (named(caRef)) {
    out.push({
      name: caRef,
      keys: [secretKey(caRef, 'ca.crt', 'file')],
      why: 'object storage CA certificate (spec.dependencies.storage.ssl.caCertificateRef)',
    })
  }
  const defined = new Set(documents.filter((d) => d.kind === 'Secret').map((d) => d.name))
  const seen = new Set<string>()
  return out.filter((s) => !defined.has(s.name) && !seen.has(s.name) && seen.add(s.name))
}

/** One `Secret` manifest per needed Secret, with placeholders, for a secret manager or GitOps repo. */
export function toSecretManifests(
  secrets: readonly NeededSecret[],
  namespace: string,
): SecretManifest[] {
  return secrets.map((s) => {
    const doc = {
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: s.name, namespace },
      type: 'Opaque',
      stringData: Object.fromEntries(s.keys.map((k) => [k.key, k.placeholder])),
    }
    const head = `# ${s.why}. Replace the placeholders, then: kubectl create -f ${s.name}.secret.yaml\n`
    return { name: s.name, fileName: `${s.name}.secret.yaml`, yaml: head + stringify(doc) }
  })
}

const BARE_VALUE = /^\s*[\w.-]+:\s*(['"]?)(<[^<>\n]+>)\1\s*(#.*)?$/

/** Lines (0-based, within the text) of a Secret document whose value is still a `<...>` placeholder. */
export function placeholderLines(
  text: string,
): { readonly line: number; readonly value: string }[] {
  const out: { line: number; value: string }[] = []
  text.split('\n').forEach((line, i) => {
    const m = BARE_VALUE.exec(line.replace(/\r$/, ''))
    if (m?.[2] !== undefined) out.push({ line: i, value: m[2] })
  })
  return out
}
