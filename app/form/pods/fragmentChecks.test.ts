import { describe, expect, it } from 'vitest'
import { checkAffinity, checkVolumeMounts, checkVolumes } from './fragmentChecks'

describe('fragmentChecks', () => {
  it('accepts volumes with names and refuses a map or a nameless entry', () => {
    expect(checkVolumes([{ name: 'cache', emptyDir: {} }])).toBeUndefined()
    expect(checkVolumes({ name: 'cache' })?.en).toMatch(/list/)
    expect(checkVolumes([{ name: 'a' }, { emptyDir: {} }])?.en).toBe('Entry 2 needs a name.')
  })

  it('needs a name and a mountPath on every mount', () => {
    expect(checkVolumeMounts([{ name: 'cache', mountPath: '/cache' }])).toBeUndefined()
    expect(checkVolumeMounts([{ name: 'cache' }])?.ko).toContain('mountPath')
  })

  it('needs a mapping for affinity', () => {
    expect(checkAffinity({ nodeAffinity: {} })).toBeUndefined()
    expect(checkAffinity(['a'])?.en).toMatch(/mapping/)
  })
})
