import { describe, expect, it } from 'vitest'
import { highlightedLines } from './effectiveLines'

const TEXT = `apiVersion: milvus.io/v1beta1
kind: Milvus
metadata:
  name: demo
  namespace: default
spec:
  mode: standalone
  dependencies:
    msgStreamType: woodpecker
    kafka:
      brokerList:
        - a:9092
  components:
    image: milvusdb/milvus:v2.6.0
`

describe('highlightedLines', () => {
  it('highlights changed keys and whole added blocks', () => {
    const lines = highlightedLines(TEXT, [
      'metadata.namespace',
      'spec.dependencies.kafka',
      'spec.components.image',
    ])
    expect([...lines].sort((a, b) => a - b)).toEqual([5, 10, 11, 12, 14])
  })

  it('highlights nothing without changes', () => {
    expect(highlightedLines(TEXT, []).size).toBe(0)
  })

  it('does not treat a sibling with a common prefix as nested', () => {
    expect([...highlightedLines(TEXT, ['spec.mode'])]).toEqual([7])
  })
})
