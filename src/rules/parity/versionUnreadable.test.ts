import { describe, expect, it } from 'vitest'
import { findingsOf, milvus, remainingAfterFix } from '../../test/ruleKit'
import { versionUnreadable as rule } from './versionUnreadable'

describe('version-unreadable', () => {
  it.each([
    ['latest', { image: 'milvusdb/milvus:latest' }, 'image', '2.6.11'],
    ['a digest after a tag', { image: 'milvusdb/milvus:v2.6.3@sha256:abcd' }, 'image', '2.6.3'],
    [
      'a registry port without a tag',
      { image: 'registry:5000/milvusdb/milvus' },
      'image',
      '2.6.11',
    ],
    ['a date tag', { image: 'milvusdb/milvus:20250209-200000' }, 'image', '2.6.11'],
    [
      'an unreadable components.version',
      { version: 'latest', image: 'milvusdb/milvus:v2.6.0' },
      'version',
      '2.6.11',
    ],
  ])('fires on %s', (_, components, at, offered) => {
    const findings = findingsOf(rule, milvus({ components }))
    expect(findings.map((f) => [f.path.at(-1), f.fix?.patches[0]])).toEqual([
      [at, { op: 'set', path: ['spec', 'components', 'version'], value: offered }],
    ])
    expect(findings[0]?.message.en).toContain('older than 2.6')
  })

  it.each([
    ['a semver tag', { image: 'milvusdb/milvus:v2.5.4' }],
    ['a master- tag (read as 2.6 or later)', { image: 'milvusdb/milvus:master-20250101-abc' }],
    [
      'a date tag with components.version',
      { image: 'milvusdb/milvus:20250209-200000', version: '2.5.4' },
    ],
    ['a registry port and a tag', { image: '10.0.0.1:5000/milvusdb/milvus:v2.6.0' }],
  ])('stays quiet for %s', (_, components) => {
    expect(findingsOf(rule, milvus({ components }))).toEqual([])
  })

  it('stays quiet when image and version are absent (the default image is read)', () => {
    expect(findingsOf(rule, milvus({}))).toEqual([])
  })

  it('clears after its fix', () => {
    expect(
      remainingAfterFix(rule, milvus({ components: { image: 'milvusdb/milvus:latest' } })),
    ).toEqual([])
  })
})
