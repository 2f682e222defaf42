import { describe, expect, it } from 'vitest'
import {
  dnsSubdomainProblem,
  envNameProblem,
  labelValueProblem,
  qualifiedNameProblem,
} from './kubeNames'

describe('kubeNames', () => {
  it.each([
    ['app', undefined],
    ['topology.kubernetes.io/zone', undefined],
    ['a_b.c-d', undefined],
    ['Team', undefined],
    ['', 'empty'],
    ['example.com/', 'empty'],
    ['Example.com/x', 'prefix'],
    ['/x', 'prefix'],
    ['a/b/c', 'characters'],
    ['-lead', 'characters'],
    ['has space', 'characters'],
    ['x'.repeat(64), 'too-long'],
  ])('qualifiedNameProblem(%j) is %s', (key, problem) => {
    expect(qualifiedNameProblem(key)).toBe(problem)
  })

  it.each([
    ['', undefined],
    ['v1.2_rc-3', undefined],
    ['true', undefined],
    ['a b', 'characters'],
    ['end-', 'characters'],
    ['y'.repeat(64), 'too-long'],
  ])('labelValueProblem(%j) is %s', (value, problem) => {
    expect(labelValueProblem(value)).toBe(problem)
  })

  it.each([
    ['milvus-sa', undefined],
    ['system.high', undefined],
    ['Milvus', 'characters'],
    ['a_b', 'characters'],
    ['', 'empty'],
    ['a'.repeat(254), 'too-long'],
  ])('dnsSubdomainProblem(%j) is %s', (value, problem) => {
    expect(dnsSubdomainProblem(value)).toBe(problem)
  })

  it.each([
    ['CACHE_SIZE', undefined],
    ['my.setting-x', undefined],
    ['1ST', 'strict'],
    ['with space', 'strict'],
    ['', 'invalid'],
    ['A=B', 'invalid'],
    ['tab\tname', 'invalid'],
  ])('envNameProblem(%j) is %s', (name, problem) => {
    expect(envNameProblem(name)).toBe(problem)
  })
})
