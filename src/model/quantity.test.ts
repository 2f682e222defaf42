import { describe, expect, it } from 'vitest'
import { isKubernetesQuantity, parseQuantity } from './quantity'

describe('isKubernetesQuantity / parseQuantity', () => {
  it.each([
    ['10Gi', 10 * 2 ** 30],
    ['500m', 0.5],
    ['1.5', 1.5],
    ['2e3', 2000],
    ['2E3', 2000],
    ['1k', 1000],
    ['128Mi', 128 * 2 ** 20],
    ['4', 4],
    ['.5', 0.5],
    ['1.', 1],
    ['+2', 2],
    ['1E', 1e18],
    ['100n', 100e-9],
    [3, 3],
    [0.25, 0.25],
  ] as const)('%j is a quantity worth %d', (text, value) => {
    expect(isKubernetesQuantity(text)).toBe(true)
    expect(parseQuantity(text)).toBeCloseTo(value)
  })

  it.each([
    '10GB',
    '10gi',
    '1.5 Gi',
    '',
    'Gi',
    '1Ki2',
    'abc',
    '1,5',
    '5Mb',
    Number.NaN,
    Number.POSITIVE_INFINITY,
  ])('%j is not a quantity', (text) => {
    expect(isKubernetesQuantity(text)).toBe(false)
    expect(parseQuantity(text)).toBeUndefined()
  })
})
