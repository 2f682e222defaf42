import { describe, expect, it } from 'vitest'
import { deriveDocument } from '../derive'
import { applyPatches } from '../yaml'
import { ALL_RULES } from './index'

/** A v1alpha1 Milvus: its component settings sit directly under spec (lifted to components.standalone). */
const ALPHA = `apiVersion: milvus.io/v1alpha1
kind: Milvus
metadata:
  name: old
spec:
  resources:
    limits:
      memory: 10GB
  dependencies:
    etcd:
      inCluster:
        values:
          replicaCount: 1
`

describe('runRules on a v1alpha1 document', () => {
  it('writes a component quantity fix where the text holds the value, and the fix clears the finding', () => {
    const before = deriveDocument(ALPHA)
    const hit = before.findings.find((f) => f.rule === 'resources-valid-quantity')
    expect(hit?.fix?.patches).toEqual([
      { op: 'set', path: ['spec', 'resources', 'limits', 'memory'], value: '10Gi' },
    ])
    const fixed = applyPatches(ALPHA, hit?.fix?.patches ?? [])
    expect(fixed).toContain('memory: 10Gi')
    expect(fixed).not.toContain('components')
    expect(
      deriveDocument(fixed).findings.filter((f) => f.rule === 'resources-valid-quantity'),
    ).toEqual([])
  })

  it('maps the fixes of every rule, not only the message-storage ones', () => {
    // No fix on a v1alpha1 document may write a v1beta1-only key (the API server would drop it),
    // except the one that converts the document to v1beta1 (it sets apiVersion with the move).
    const v1beta1Only = (path: readonly (string | number)[]) =>
      path[0] === 'spec' && ['mode', 'components', 'hookConfig'].includes(String(path[1]))
    const converts = (patches: readonly { path: readonly (string | number)[] }[]) =>
      patches.some((p) => p.path[0] === 'apiVersion')
    const fixes = deriveDocument(ALPHA, { rules: ALL_RULES }).findings.flatMap((f) =>
      f.fix && !converts(f.fix.patches) ? f.fix.patches : [],
    )
    expect(fixes.length).toBeGreaterThan(0)
    expect(fixes.filter((p) => v1beta1Only(p.path))).toEqual([])
  })
})
