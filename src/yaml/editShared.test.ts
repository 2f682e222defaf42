import { describe, expect, it } from 'vitest'
import { deleteAtPath, describePath, isEditRefusal, setAtPath, type EditRefusal } from './edit'

const SHARED = [
  'queryNode:',
  '  resources: &res # shared by every component',
  '    limits:',
  '      memory: 4Gi',
  '    requests:',
  '      cpu: "1"',
  'dataNode:',
  '  resources: *res',
  'proxy:',
  '  resources: *res',
  '',
].join('\n')

function refusalOf(edit: () => string): EditRefusal {
  try {
    edit()
  } catch (err) {
    if (isEditRefusal(err)) return err
    throw err
  }
  throw new Error('the edit was not refused')
}

describe('edits of data shared through an anchor', () => {
  it('ask first: the refusal names the anchor, its line and the other places', () => {
    const r = refusalOf(() =>
      setAtPath(SHARED, ['dataNode', 'resources', 'limits', 'memory'], '8Gi'),
    )
    expect(r.construct).toBe('shared')
    expect(r.sharedData).toEqual({ anchor: 'res', line: 2, others: 2 })
    expect(r.text.en).toContain('shared with 2 other places (&res, line 2)')
    expect(r.text.ko).toContain('&res')
  })

  it('only here: the alias becomes an edited copy and the anchor stays for the others', () => {
    const out = setAtPath(SHARED, ['dataNode', 'resources', 'limits', 'memory'], '8Gi', 0, {
      shared: 'only-here',
    })
    expect(out).toBe(
      SHARED.replace(
        'dataNode:\n  resources: *res',
        'dataNode:\n  resources:\n    limits:\n      memory: 8Gi\n    requests:\n      cpu: "1"',
      ),
    )
  })

  it('all: the anchored value changes and every alias reads it', () => {
    const out = setAtPath(SHARED, ['dataNode', 'resources', 'limits', 'memory'], '8Gi', 0, {
      shared: 'all',
    })
    expect(out).toBe(SHARED.replace('memory: 4Gi', 'memory: 8Gi'))
  })

  it('only here on the anchored node itself moves the anchor to the first alias', () => {
    const out = setAtPath(SHARED, ['queryNode', 'resources', 'limits', 'memory'], '8Gi', 0, {
      shared: 'only-here',
    })
    expect(out).toContain(
      'queryNode:\n  resources: # shared by every component\n    limits:\n      memory: 8Gi',
    )
    expect(out).toContain('dataNode:\n  resources: &res\n    limits:\n      memory: 4Gi')
    expect(out).toContain('proxy:\n  resources: *res')
  })

  it('a delete of the anchored node moves the anchor to its first alias without asking', () => {
    const out = deleteAtPath(SHARED, ['queryNode', 'resources'])
    expect(
      out.startsWith('queryNode: {}\ndataNode:\n  resources: &res\n    limits:\n      memory: 4Gi'),
    ).toBe(true)
    expect(out.endsWith('proxy:\n  resources: *res\n')).toBe(true)
  })

  it('replacing or deleting an alias itself touches nothing shared', () => {
    expect(setAtPath(SHARED, ['proxy', 'resources'], {})).toBe(
      SHARED.replace('proxy:\n  resources: *res', 'proxy:\n  resources: {}'),
    )
    expect(deleteAtPath('a: &x 1\nb: *x\nc: 2\n', ['b'])).toBe('a: &x 1\nc: 2\n')
  })

  it('describePath tells the form where a value comes from', () => {
    expect(describePath(SHARED, ['proxy', 'resources', 'limits', 'memory']).shared).toEqual({
      anchor: 'res',
      line: 2,
      others: 2,
      via: 'alias',
    })
    expect(describePath(SHARED, ['queryNode', 'resources', 'limits']).shared?.via).toBe('anchor')
    expect(describePath(SHARED, ['proxy', 'replicas']).shared).toBeUndefined()
    expect(describePath('a: 1\n', ['a'])).toEqual({})
  })
})

describe('constructs the general path edits', () => {
  it('adds after a kept block scalar without moving its trailing blank lines', () => {
    expect(setAtPath('a: |+\n  text\n\n', ['b'], 1)).toBe('a: |+\n  text\n\nb: 1\n')
    expect(setAtPath('m:\n  a: |+\n    text\n\n\nn: 1\n', ['m', 'b'], 1)).toBe(
      'm:\n  a: |+\n    text\n\n\n  b: 1\nn: 1\n',
    )
    expect(setAtPath('foo: |\n  x\n   \n', ['b'], 1)).toBe('foo: |\n  x\n   \nb: 1\n')
  })

  it('adds and deletes explicit keys (? a) as whole entries', () => {
    expect(setAtPath('? a\n: 1\n? b\n: 2\n', ['c'], 3)).toBe('? a\n: 1\n? b\n: 2\nc: 3\n')
    expect(deleteAtPath('? a\n: 1\n? b\n: 2\n', ['a'])).toBe('? b\n: 2\n')
  })

  it('adds beside keys written with an anchor or a verbatim tag', () => {
    expect(setAtPath('!<tag:yaml.org,2002:str> a: b\nc: d\n', ['e'], 'f')).toBe(
      '!<tag:yaml.org,2002:str> a: b\nc: d\ne: f\n',
    )
    expect(setAtPath('&k a: 1\nb: 2\n', ['c'], 3)).toBe('&k a: 1\nb: 2\nc: 3\n')
  })

  it('deletes a list item whose dash stands alone on the line above it', () => {
    expect(deleteAtPath('-\n  a: 1\n-\n  b: 2\n', [0])).toBe('-\n  b: 2\n')
  })
})

describe('constructs the general path refuses, naming them and their line', () => {
  it.each([
    [
      'a delete inside !!omap',
      () => deleteAtPath('x: 1\no: !!omap\n- a: 1\n- b: 2\n', ['o', 'a']),
      'tagged-collection',
      2,
      '!!omap',
    ],
    [
      'an add to a flow map with a comment',
      () => setAtPath('a: { b: 1, # c\n  d: 2 }\n', ['a', 'e'], 3),
      'flow-comment',
      1,
      'flow collection',
    ],
    [
      'a delete of a key an alias key reads',
      () => deleteAtPath('&k a: 1\nb: 2\n*k : 3\n', ['a']),
      'anchored-key',
      1,
      '&k',
    ],
    [
      'an edit in a map with a complex key',
      () => setAtPath('? [a, b]\n: 1\nc: 2\n', ['c'], 3),
      'complex-key',
      1,
      'complex key',
    ],
  ])('%s', (_name, edit, construct, line, words) => {
    const r = refusalOf(edit)
    expect(r.construct).toBe(construct)
    expect(r.line).toBe(line)
    expect(r.text.en).toContain(words)
    expect(r.text.ko.length).toBeGreaterThan(10)
    expect(describePath('x: 1\no: !!omap\n- a: 1\n', ['o', 'a']).refusal?.construct).toBe(
      'tagged-collection',
    )
  })
})
