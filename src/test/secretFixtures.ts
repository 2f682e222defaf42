/**
 * Fixtures for the Secret rules' tests: an external storage and Kafka, Secrets beside them, and a
 * runner that gives a rule the other documents of the stream. Used by `*.test.ts` files only.
 */
import type { MilvusResource } from '../model'
import { runRules, type Finding, type Rule } from '../rules'
import { milvus } from './ruleKit'

export const external = (namespace = 'ns'): MilvusResource => {
  const r = milvus({
    dependencies: {
      msgStreamType: 'kafka',
      kafka: { external: true, brokerList: ['k:9092'], secretRef: 'sasl' },
      storage: { external: true, type: 'S3', endpoint: 's3.amazonaws.com:443', secretRef: 'creds' },
    },
  })
  return namespace === '' ? { ...r, metadata: { name: 'demo' } } : r
}
export const secret = (
  name: string,
  body: Record<string, unknown>,
  namespace: string | null = 'ns',
) => ({
  apiVersion: 'v1',
  kind: 'Secret',
  metadata: { name, ...(namespace === null ? {} : { namespace }) },
  ...body,
})
export const good = [
  secret('creds', { stringData: { accesskey: 'a', secretkey: 'b' } }),
  secret('sasl', { data: { username: 'dXNlcg==', password: 'cGFzcw==' } }),
]

/** One rule's findings with the other documents of the stream beside the resource. */
export function lintWith(
  rule: Rule,
  resource: MilvusResource,
  stream: readonly unknown[] = [],
): Finding[] {
  return runRules(
    {
      resource,
      original: { apiVersion: resource.apiVersion, kind: resource.kind },
      raw: resource,
      stream,
    },
    [rule],
  )
}
