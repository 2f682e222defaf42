import { describe, expect, it } from 'vitest'
import { applyToComments, findStaleComments } from './staleComments'

const BLANK = `# A minimal standalone Milvus. Anything not written here is filled in by the operator.
apiVersion: milvus.io/v1beta1
kind: Milvus
spec:
  # standalone for the lab; in-cluster Pulsar later
  mode: cluster
`

describe('stale comments', () => {
  const standalone = { mode: 'standalone', store: 'rocksmq' } as const
  const cluster = { mode: 'cluster', store: 'rocksmq' } as const

  it('finds full-line comments naming the old mode, and offers the new word', () => {
    const stale = findStaleComments(BLANK, standalone, cluster)
    expect(stale.map((s) => s.line)).toEqual([0, 4])
    expect(stale[0]?.updated).toBe(
      '# A minimal cluster Milvus. Anything not written here is filled in by the operator.',
    )
  })

  it('leaves in-cluster alone when going back to standalone, and ignores unchanged choices', () => {
    expect(
      findStaleComments('# in-cluster Pulsar\n# a cluster for search\n', cluster, standalone).map(
        (s) => s.line,
      ),
    ).toEqual([1])
    expect(findStaleComments(BLANK, standalone, standalone)).toEqual([])
  })

  it('names the new store when the store changes', () => {
    const stale = findStaleComments(
      '# RocksMQ keeps its log on a volume\nx: 1 # rocksmq\n',
      standalone,
      {
        mode: 'standalone',
        store: 'woodpecker',
      },
    )
    expect(stale).toEqual([
      {
        line: 0,
        text: '# RocksMQ keeps its log on a volume',
        updated: '# Woodpecker keeps its log on a volume',
      },
    ])
  })

  it('updates or removes only the lines it found, and only while they are unchanged', () => {
    const stale = findStaleComments(BLANK, standalone, cluster)
    expect(applyToComments(BLANK, stale, 'remove')).toBe(
      'apiVersion: milvus.io/v1beta1\nkind: Milvus\nspec:\n  mode: cluster\n',
    )
    expect(applyToComments(BLANK, stale, 'update').split('\n')[4]).toBe(
      '  # cluster for the lab; in-cluster Pulsar later',
    )
    const edited = BLANK.replace('# A minimal', '# My own')
    expect(applyToComments(edited, stale, 'remove').startsWith('# My own')).toBe(true)
  })
})
