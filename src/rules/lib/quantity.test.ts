import { describe, expect, it } from 'vitest'
import { isKubernetesQuantity } from '../../model'
import { suggestQuantity } from './quantity'

describe('suggestQuantity', () => {
  it.each([
    ['10GB', 'bytes', '10Gi'],
    ['10gib', 'bytes', '10Gi'],
    ['512mb', 'bytes', '512Mi'],
    ['10 Gi', 'bytes', '10Gi'],
    ['500 m', 'count', '500m'],
    ['2 cores', 'count', '2'],
    ['1K', 'bytes', '1Ki'],
  ] as const)('%s (%s) becomes %s', (value, kind, expected) => {
    expect(suggestQuantity(value, kind)).toBe(expected)
    expect(isKubernetesQuantity(expected)).toBe(true)
  })

  it('reads a bare lower-case g as a power of 1024: 10g becomes 10Gi, not 10G', () => {
    // Kubernetes has no `g` suffix; `10G` would be 10^10 bytes, about 7% less than the 10 GiB that
    // Docker (`-m 10g`) and the JVM (`-Xmx10g`) mean by the same text, so the binary unit keeps it.
    expect(suggestQuantity('10g')).toBe('10Gi')
    expect(suggestQuantity('10g', 'count')).toBeUndefined()
  })

  it.each([['lots'], ['10 GB of RAM'], ['']])('has no guess for %j', (value) => {
    expect(suggestQuantity(value)).toBeUndefined()
  })
})
