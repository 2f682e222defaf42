/**
 * Acceptance of every rule against the operator's own samples (reference data beside the
 * repository, never copied into it): only the samples that are wrong as published get errors,
 * and the etcd, storage and component findings they deserve.
 */
import { describe, expect, it } from 'vitest'
import { parseAllDocuments } from 'yaml'
import { deriveDocument } from '../derive'
import { normalize } from '../model'
import { HAS_SHARED, SKIP_REASON, listSamples, readSample } from '../test/sharedReference'
import { runRules } from './defineRule'
import { ALL_RULES } from './index'
import type { Finding } from './types'

interface SampleDoc {
  readonly file: string
  readonly index: number
  readonly findings: Finding[]
}

function isMilvusDoc(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'Milvus'
  )
}

function lintSample(file: string): SampleDoc[] {
  const docs = parseAllDocuments(readSample(file))
  const values = docs.map((d) => d.toJS() as unknown).filter(isMilvusDoc)
  return values.map((raw, index) => {
    const { resource } = normalize(raw)
    const ctx = { resource, original: { apiVersion: String(raw.apiVersion), kind: 'Milvus' }, raw }
    return { file, index, findings: runRules(ctx, ALL_RULES) }
  })
}

function findingsOf(file: string): Finding[] {
  return lintSample(file).flatMap((d) => d.findings)
}

describe.skipIf(!HAS_SHARED)('all rules on the operator samples', () => {
  it(`finds the samples (${HAS_SHARED ? 'reference present' : SKIP_REASON})`, () => {
    expect(listSamples().length).toBeGreaterThanOrEqual(40)
  })

  it('gives an error only on the two samples that are wrong as published', () => {
    const docs = listSamples().flatMap(lintSample)
    expect(docs.length).toBeGreaterThanOrEqual(44)
    const errors = docs.flatMap((d) =>
      d.findings
        .filter((f) => f.severity === 'error')
        .map((f) => `${d.file}#${d.index} ${f.rule} ${f.path.join('.')}`),
    )
    // The NATS sample pins no image, so it runs the operator's default Milvus 2.6, which has no
    // NATS; the JWT sample writes `spec.component` for `spec.components`.
    expect(errors).toEqual([
      'milvus_natsmq.yaml#0 natsmq-removed-in-milvus-2-6 spec.dependencies.msgStreamType',
      'milvus_pulsar_with_authn_jwt_token.yaml#0 schema-unknown-key spec.component',
    ])
  })

  it('never fails inside a rule on a sample', () => {
    const broken = listSamples()
      .flatMap(lintSample)
      .flatMap((d) =>
        d.findings
          .filter((f) => f.rule === 'internal-error')
          .map((f) => `${d.file}: ${f.message.en}`),
      )
    expect(broken).toEqual([])
  })

  it('flags the etcd v6 RBAC key on the default v8 chart (milvus_etcd_auth.yaml)', () => {
    const hit = findingsOf('milvus_etcd_auth.yaml').find(
      (f) => f.rule === 'etcd-rbac-key-matches-chart',
    )
    expect(hit?.severity).toBe('warning')
    expect(hit?.path.join('.')).toBe('spec.dependencies.etcd.inCluster.values.auth.rbac.enabled')
    expect(hit?.fix?.patches.map((p) => p.op)).toEqual(['delete', 'set'])
  })

  it('flags the CA shipped as a ConfigMap (milvus_external_minio_ssl.yaml)', () => {
    const hit = findingsOf('milvus_external_minio_ssl.yaml').find(
      (f) => f.rule === 'storage-ca-secret',
    )
    expect(hit?.severity).toBe('warning')
    expect(hit?.path.join('.')).toBe('spec.dependencies.storage.ssl.caCertificateRef')
  })

  it('reminds that the HPA samples need their autoscalers (hpa.yaml)', () => {
    const rules = findingsOf('hpa.yaml').map((f) => `${f.rule}:${f.severity}`)
    expect(rules.filter((r) => r === 'replicas-hpa-managed:info')).toHaveLength(2)
  })

  it('keeps the GCS, S3, Azure and external-dependency samples free of warnings too', () => {
    const files = [
      'milvus_gcs.yaml',
      'milvus_gcs_iam.yaml',
      'milvus_s3.yaml',
      'milvus_s3_iam.yaml',
      'milvus_azure_blob_accesskey.yaml',
      'milvus_azure_blob_connection_string.yaml',
      'milvus_azure_blob_iam.yaml',
      'milvus_external_dependencies.yaml',
      'milvus_deployment_groups.yaml',
    ]
    const noisy = files.flatMap((file) =>
      findingsOf(file)
        .filter((f) => f.severity !== 'info')
        .map((f) => `${file} ${f.rule}`),
    )
    expect(noisy).toEqual([])
  })

  it.each([
    ['milvus_etcd_auth.yaml', 'etcd-rbac-key-matches-chart'],
    ['milvus_external_minio_ssl.yaml', 'storage-ca-secret'],
  ])('places the %s finding on a line through deriveDocument', (file, rule) => {
    const derived = deriveDocument(readSample(file))
    const hit = derived.findings.find((f) => f.rule === rule)
    expect(hit?.range?.start.line).toBeGreaterThan(0)
  })
})
