import { describe, expect, it } from 'vitest'
import { stripServerFields } from './stripServerFields'

const readBack = [
  '# read back',
  'apiVersion: milvus.io/v1beta1',
  'kind: Milvus',
  'metadata:',
  '  name: a',
  '  uid: 0b6e',
  '  resourceVersion: "12"',
  '  generation: 3',
  'spec:',
  '  mode: cluster # kept',
  'status:',
  '  status: Healthy',
  '',
].join('\n')

describe('stripServerFields', () => {
  it('removes the server fields and keeps comments and everything else', () => {
    expect(stripServerFields(readBack)).toBe(
      [
        '# read back',
        'apiVersion: milvus.io/v1beta1',
        'kind: Milvus',
        'metadata:',
        '  name: a',
        'spec:',
        '  mode: cluster # kept',
        '',
      ].join('\n'),
    )
  })
  it('strips List items and leaves other documents alone', () => {
    const list =
      'apiVersion: v1\nkind: List\nitems:\n- kind: Milvus\n  metadata:\n    name: a\n    uid: x\n---\nkind: Secret\nmetadata:\n  name: s\n'
    expect(stripServerFields(list)).toBe(
      'apiVersion: v1\nkind: List\nitems:\n- kind: Milvus\n  metadata:\n    name: a\n---\nkind: Secret\nmetadata:\n  name: s\n',
    )
  })
  it('returns a written manifest unchanged', () => {
    const text = 'apiVersion: milvus.io/v1beta1\nkind: Milvus\nmetadata:\n  name: a\n'
    expect(stripServerFields(text)).toBe(text)
  })
})
