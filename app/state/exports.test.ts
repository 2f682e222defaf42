import { describe, expect, it } from 'vitest'
import { deriveDocument } from '../../src/derive'
import { kustomizeFolderWithBaselines } from './exports'

const milvus = (replicas: number) =>
  `apiVersion: milvus.io/v1beta1\nkind: Milvus\nmetadata:\n  name: vectors\nspec:\n  mode: cluster\n  components:\n    queryNode:\n      replicas: ${replicas}\n`

describe('kustomizeFolderWithBaselines', () => {
  it('adds an overlay per chosen named baseline, each patching what that baseline changes', () => {
    const folder = kustomizeFolderWithBaselines(deriveDocument(milvus(2)), [
      { name: 'dev', source: milvus(1) },
      { name: 'Prod (shared)', source: milvus(6) },
    ])
    const paths = folder.files.map((f) => f.path)
    expect(paths).toContain('overlays/dev/kustomization.yaml')
    expect(paths).toContain('overlays/prod-shared/milvus-patch.yaml')
    const patch = folder.files.find((f) => f.path === 'overlays/prod-shared/milvus-patch.yaml')
    expect(patch?.content).toContain('replicas: 6')
    expect(
      kustomizeFolderWithBaselines(deriveDocument(milvus(2)), []).files.map((f) => f.path),
    ).toEqual(paths.filter((p) => p.startsWith('base/')))
  })
})
