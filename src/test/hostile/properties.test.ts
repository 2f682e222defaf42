import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { normalize } from '../../model'
import { decodeShareLink, encodeShareLink } from '../../share'
import { foreignPrototypes, pollutionProbe, snapshotPrototypes } from './guards'

// Issue 6 properties with fixed seeds (named in the test titles): normalize never throws or
// pollutes on arbitrary JSON, prototype keys included; a share link never carries a secret
// value unless the user opts in.

const PROTO_KEY = fc.constantFrom('__proto__', 'constructor', 'prototype')
const KEY = fc.oneof(
  { weight: 1, arbitrary: PROTO_KEY },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      'apiVersion',
      'kind',
      'metadata',
      'spec',
      'config',
      'components',
      'dependencies',
      'mode',
      'msgStreamType',
      'replicas',
      'polluted',
    ),
  },
  { weight: 2, arbitrary: fc.string({ maxLength: 8 }) },
)
/** JSON text whose objects may carry `__proto__` as an own key, as JSON.parse produces it. */
const hostileJson = fc
  .letrec((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.jsonValue({ maxDepth: 1 }),
      fc.array(tie('value'), { maxLength: 4 }),
      fc
        .array(fc.tuple(KEY, tie('value')), { maxLength: 5 })
        .map((pairs) => Object.fromEntries(pairs) as unknown),
    ),
  }))
  .value.map((v) => JSON.stringify(v).replace(/"(constructor|prototype)"/g, '"__proto__"'))

describe('normalize on arbitrary JSON (fast-check seed 1001, 600 runs)', () => {
  it('never throws, never pollutes and returns plain objects', () => {
    const before = snapshotPrototypes()
    fc.assert(
      fc.property(hostileJson, fc.boolean(), (json, wrap) => {
        const parsed: unknown = JSON.parse(json)
        const input = wrap
          ? { apiVersion: 'milvus.io/v1beta1', kind: 'Milvus', metadata: parsed, spec: parsed }
          : parsed
        const { resource } = normalize(input)
        expect(typeof resource.spec).toBe('object')
        expect(foreignPrototypes(resource)).toEqual([])
        expect(snapshotPrototypes()).toEqual(before)
        expect(pollutionProbe()).toEqual([undefined, undefined, undefined, undefined])
      }),
      { seed: 1001, numRuns: 600 },
    )
  })
})

const SECRET_PLACES = [
  (v: string) => `spec:\n  config:\n    kafka:\n      saslPassword: ${v}\n`,
  (v: string) => `spec:\n  config:\n    minio:\n      secretAccessKey: "${v}"\n`,
  (v: string) => `spec:\n  config:\n    pulsar:\n      authParams: '${v}'\n`,
  (v: string) =>
    `spec:\n  components:\n    env:\n      - name: KAFKA_PASSWORD\n        value: ${v}\n`,
  (v: string) =>
    `spec:\n  dependencies:\n    etcd:\n      inCluster:\n        values:\n          auth:\n            rbac:\n              rootPassword: ${v} # root\n`,
  (v: string) =>
    `spec:\n  dependencies:\n    storage:\n      inCluster:\n        values:\n          rootUser: admin\n          secretKey: ${v}\n`,
] as const

describe('share links and secrets (fast-check seed 2002, 150 runs)', () => {
  it('never carry a secret value without the opt-in, and carry it exactly with it', async () => {
    const secret = fc.stringMatching(/^[A-Za-z0-9]{6,24}$/).map((s) => `Sx9${s}`)
    await fc.assert(
      fc.asyncProperty(
        secret,
        fc.nat(SECRET_PLACES.length - 1),
        fc.boolean(),
        async (value, place, twoDocs) => {
          const doc = `apiVersion: milvus.io/v1beta1\nkind: Milvus\nmetadata:\n  name: probe\n${(SECRET_PLACES[place] ?? SECRET_PLACES[0])(value)}`
          const source = twoDocs
            ? `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n---\n${doc}`
            : doc
          const redacted = await encodeShareLink(source, { includeSecrets: false })
          expect(redacted.removed.length).toBeGreaterThan(0)
          const opened = await decodeShareLink(redacted.fragment)
          expect(opened.ok && opened.source).not.toContain(value)
          const kept = await decodeShareLink(
            (await encodeShareLink(source, { includeSecrets: true })).fragment,
          )
          expect(kept.ok && kept.source).toBe(source)
        },
      ),
      { seed: 2002, numRuns: 150 },
    )
  })
})
