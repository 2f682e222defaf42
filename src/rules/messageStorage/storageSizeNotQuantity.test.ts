import { describe, expect, it } from 'vitest'
import { aStandalone, aStandaloneRocksmqClaim } from '../../test/builders'
import { findingsOf, itsFixClears } from '../../test/ruleKit'
import { storageSizeNotQuantity } from './storageSizeNotQuantity'

const rule = storageSizeNotQuantity
const rocks = (storage: unknown, kind = 'requests') =>
  aStandaloneRocksmqClaim({ resources: { [kind]: { storage } } })

describe('storage-size-not-quantity', () => {
  it.each([
    ['10GB', '10Gi'],
    ['10 Gi', '10Gi'],
    ['512mb', '512Mi'],
    ['1.5TiB', '1.5Ti'],
  ])('rejects %s and suggests %s', (size, guess) => {
    const [f] = findingsOf(rule, rocks(size))
    expect(f?.severity).toBe('error')
    expect(f?.fix?.patches[0]).toMatchObject({ op: 'set', value: guess })
  })

  it('reports limits too, and sizes on a store that is not selected', () => {
    const doc = aStandalone({
      dependencies: {
        msgStreamType: 'rocksmq',
        natsmq: {
          persistence: {
            persistentVolumeClaim: { spec: { resources: { limits: { storage: 'lots' } } } },
          },
        },
      },
    })
    const [f] = findingsOf(rule, doc)
    expect(f?.path).toEqual([
      'spec',
      'dependencies',
      'natsmq',
      'persistence',
      'persistentVolumeClaim',
      'spec',
      'resources',
      'limits',
      'storage',
    ])
    expect(f?.fix).toBeUndefined()
  })

  it.each([['10Gi'], ['500M'], [1073741824], ['1e3']])('accepts %s', (size) => {
    expect(findingsOf(rule, rocks(size))).toEqual([])
  })

  it('is quiet with no size written', () => {
    expect(
      findingsOf(
        rule,
        aStandalone({
          dependencies: { msgStreamType: 'rocksmq', rocksmq: { persistence: { enabled: true } } },
        }),
      ),
    ).toEqual([])
  })

  itsFixClears(rule, rocks('10GB', 'limits'))
})
