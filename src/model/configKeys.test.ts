/**
 * The known spec.config keys of the catalogue against the reference milvus.yaml (Milvus master):
 * every documented key exists there, and documented defaults match, except for the sections the
 * reference explains (kafka is commented out in milvus.yaml, natsmq was removed in 2.6, a few
 * pulsar keys are optional and absent).
 */
import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'
import { HAS_SHARED, readReference } from '../test/sharedReference'
import { listFields } from './lookup'
import { getAtPath } from './paths'

const NOT_IN_MILVUS_YAML =
  /^spec\.config\.(kafka|natsmq)(\.|$)|^spec\.config\.pulsar\.(webaddress|authPlugin|authParams)$/

describe.skipIf(!HAS_SHARED)('spec.config keys vs the reference milvus.yaml', () => {
  const yaml = HAS_SHARED ? (parse(readReference('milvus.yaml')) as unknown) : {}
  const configFields = listFields().filter(
    (f) => f.path.startsWith('spec.config.') && !f.path.includes('['),
  )

  it('documents only keys that Milvus has', () => {
    const missing = configFields
      .filter((f) => !NOT_IN_MILVUS_YAML.test(f.path))
      .filter((f) => getAtPath(yaml, f.path.slice('spec.config.'.length).split('.')) === undefined)
      .map((f) => f.path)
    expect(missing).toEqual([])
  })

  it('uses the defaults Milvus ships (where milvus.yaml gives a scalar)', () => {
    const differing = configFields
      .filter((f) => f.def.default !== undefined)
      .map((f) => ({
        path: f.path,
        ours: f.def.default,
        milvus: getAtPath(yaml, f.path.slice('spec.config.'.length).split('.')),
      }))
      .filter(
        (d) =>
          d.milvus !== undefined &&
          d.milvus !== null &&
          typeof d.milvus !== 'object' &&
          String(d.milvus) !== String(d.ours),
      )
    expect(differing).toEqual([])
  })
})
