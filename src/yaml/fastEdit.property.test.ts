import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { SpecPath } from '../model/types'
import { PRESETS } from '../presets'
import { deleteAtPath, deleteAtPathAst, setAtPath, setAtPathAst } from './edit'
import { deleteFast, setFast } from './fastEdit'
import { valuePaths, yamlStream } from './fastParse.arbitraries'
import { parseYaml } from './parseYaml'

/** Thousands of runs on a shared 2-core machine: generous, since speed is not what these test. */
const PROPERTY_TIMEOUT = 180_000

/** The edit's result, or the error it throws, so both paths can be compared either way. */
function outcome(run: () => string): string {
  try {
    return `ok:${run()}`
  } catch (err) {
    return `throws:${String(err)}`
  }
}

const VALUES: unknown[] = [
  3,
  -1,
  0.5,
  true,
  false,
  null,
  'text',
  'on',
  '012',
  'a: b',
  '# x',
  '',
  'multi\nline',
  { a: 1 },
  [],
  {},
  ['x', 'y'],
  { n: { m: 'k' } },
]

const edit = fc.tuple(
  yamlStream,
  fc.nat(),
  fc.nat(),
  fc.constantFrom(...VALUES),
  fc.constantFrom('same', 'child', 'grandchild', 'index'),
)

function pickPath(
  text: string,
  pick: number,
  docPick: number,
  extend: string,
): { path: SpecPath; doc: number } | undefined {
  const docs = parseYaml(text).documents
  const doc = docPick % docs.length
  const paths = valuePaths(docs[doc]?.value)
  const base = paths[pick % paths.length] as SpecPath
  const path =
    extend === 'child'
      ? [...base, 'added']
      : extend === 'grandchild'
        ? [...base, 'added', 'deeper']
        : extend === 'index'
          ? [...base, 0]
          : base
  return { path, doc }
}

/**
 * The public edit equals the AST edit, except where the AST text fails the read-back check: then
 * the public edit refuses (the fast path never refuses, so a fast answer must equal the AST's).
 */
function expectSame(got: string, ast: string, context: unknown): void {
  if (got !== ast && got.startsWith('throws:EditRefusal')) return
  expect(got, JSON.stringify(context)).toBe(ast)
}

describe('fast edits write exactly what the AST edits write', () => {
  it(
    'setAtPath (seed 4242, 2000 runs)',
    () => {
      let fast = 0
      fc.assert(
        fc.property(edit, ([text, pick, docPick, value, extend]) => {
          const at = pickPath(text, pick, docPick, extend)
          if (!at) return
          if (!outcome(() => setFast(text, at.path, value, at.doc) ?? '').startsWith('ok:'))
            fast += 0
          else if (outcome(() => setFast(text, at.path, value, at.doc) ?? '') !== 'ok:') fast++
          expectSame(
            outcome(() => setAtPath(text, at.path, value, at.doc)),
            outcome(() => setAtPathAst(text, at.path, value, at.doc)),
            [text, at],
          )
        }),
        { seed: 4242, numRuns: 2000 },
      )
      // Fewer than the delete run: adds after a block scalar and null keys go to the general path.
      expect(fast).toBeGreaterThan(350)
    },
    PROPERTY_TIMEOUT,
  )

  it(
    'deleteAtPath (seed 4243, 2000 runs)',
    () => {
      let fast = 0
      fc.assert(
        fc.property(edit, ([text, pick, docPick, , extend]) => {
          const at = pickPath(text, pick, docPick, extend === 'child' ? 'child' : 'same')
          if (!at) return
          if (deleteFast(text, at.path, at.doc) !== undefined) fast++
          expectSame(
            outcome(() => deleteAtPath(text, at.path, at.doc)),
            outcome(() => deleteAtPathAst(text, at.path, at.doc)),
            [text, at],
          )
        }),
        { seed: 4243, numRuns: 2000 },
      )
      expect(fast).toBeGreaterThan(600)
    },
    PROPERTY_TIMEOUT,
  )

  it('edits every field of every preset the same way on both paths', () => {
    for (const p of PRESETS) {
      for (const path of valuePaths(parseYaml(p.yaml).documents[0]?.value)) {
        for (const value of [7, 'x', { k: 'v' }]) {
          expect(setAtPath(p.yaml, path, value), `${p.id} ${path.join('.')}`).toBe(
            setAtPathAst(p.yaml, path, value),
          )
        }
        expect(deleteAtPath(p.yaml, path), `${p.id} ${path.join('.')}`).toBe(
          deleteAtPathAst(p.yaml, path),
        )
      }
    }
  })

  it('takes the fast path for the form edits the studio makes most', () => {
    const text =
      'apiVersion: milvus.io/v1beta1\nkind: Milvus\nmetadata:\n  name: demo # the name\nspec:\n  mode: cluster\n  components:\n    proxy:\n      replicas: 1\n  dependencies:\n    msgStreamType:\n'
    expect(setFast(text, ['spec', 'components', 'proxy', 'replicas'], 3, 0)).toContain(
      '      replicas: 3\n',
    )
    expect(setFast(text, ['spec', 'dependencies', 'msgStreamType'], 'kafka', 0)).toContain(
      '    msgStreamType: kafka\n',
    )
    expect(setFast(text, ['spec', 'dependencies', 'kafka', 'external'], true, 0)).toContain(
      '    kafka:\n      external: true\n',
    )
    expect(setFast(text, ['metadata', 'name'], 'other', 0)).toContain('  name: other # the name\n')
    expect(deleteFast(text, ['spec', 'mode'], 0)).not.toContain('mode:')
  })
})
