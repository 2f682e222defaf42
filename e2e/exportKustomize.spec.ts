import { readFile } from 'node:fs/promises'
import { unzipSync, strFromU8 } from 'fflate'
import { expect, test } from './fixtures'

test('the Kustomize folder downloads as a zip whose base holds the editor text', async ({
  page,
  header,
  exporter,
}) => {
  await header.open()
  const source = await header.source()
  await exporter.openExport()
  await exporter.chooseTab('Kustomize folder')
  await expect(
    exporter.exportDialog.getByText('base/kustomization.yaml', { exact: true }),
  ).toBeVisible()
  await exporter.exportDialog.getByLabel('Folder in the repository').fill('clusters/vectors')
  await expect(exporter.exportDialog.getByLabel('Argo CD Application')).toContainText(
    'path: clusters/vectors/base',
  )
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    exporter.exportDialog.getByRole('button', { name: 'Download .zip' }).click(),
  ])
  expect(download.suggestedFilename()).toBe('clusters-vectors-kustomize.zip')
  const files = unzipSync(new Uint8Array(await readFile(await download.path())))
  expect(Object.keys(files)).toContain('clusters/vectors/base/kustomization.yaml')
  expect(strFromU8(files['clusters/vectors/base/milvus.yaml'] ?? new Uint8Array())).toBe(
    source.endsWith('\n') ? source : `${source}\n`,
  )
})

test('an overlay per chosen named baseline is in the file list and the zip', async ({
  page,
  header,
  exporter,
}) => {
  const milvus = (replicas: number) => `apiVersion: milvus.io/v1beta1
kind: Milvus
metadata:
  name: vectors
spec:
  mode: cluster
  components:
    queryNode:
      replicas: ${replicas}
`
  await header.open()
  await header.importYaml(milvus(1))
  await exporter.openBaseline()
  await exporter.markBaselineAs('dev')
  await exporter.close()
  await header.importYaml(milvus(6))
  await exporter.openBaseline()
  await exporter.markBaselineAs('prod')
  await exporter.close()
  await header.importYaml(milvus(2))

  await exporter.openExport()
  await exporter.chooseTab('Kustomize folder')
  const overlays = exporter.exportDialog.getByRole('group', {
    name: 'An overlay per named baseline',
  })
  await overlays.getByRole('checkbox', { name: 'prod' }).check()
  await expect(
    exporter.exportDialog.getByText('overlays/prod/milvus-patch.yaml', { exact: true }),
  ).toBeVisible()
  await expect(exporter.exportDialog.getByText('overlays/dev/kustomization.yaml')).toHaveCount(0)
  await overlays.getByRole('checkbox', { name: 'dev' }).check()
  await expect(
    exporter.exportDialog.getByText('overlays/dev/kustomization.yaml', { exact: true }),
  ).toBeVisible()

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    exporter.exportDialog.getByRole('button', { name: 'Download .zip' }).click(),
  ])
  const files = unzipSync(new Uint8Array(await readFile(await download.path())))
  expect(Object.keys(files).sort()).toEqual([
    'milvus/base/kustomization.yaml',
    'milvus/base/milvus.yaml',
    'milvus/overlays/dev/kustomization.yaml',
    'milvus/overlays/dev/milvus-patch.yaml',
    'milvus/overlays/prod/kustomization.yaml',
    'milvus/overlays/prod/milvus-patch.yaml',
  ])
  expect(strFromU8(files['milvus/overlays/prod/milvus-patch.yaml'] ?? new Uint8Array())).toContain(
    'replicas: 6',
  )

  // Argo CD can sync one of the chosen overlays instead of the base.
  const argo = exporter.exportDialog.getByLabel('Argo CD Application')
  await expect(argo).toContainText('path: milvus/base')
  await exporter.exportDialog
    .getByLabel('Folder Argo CD syncs')
    .selectOption({ label: 'overlays/prod (prod)' })
  await expect(argo).toContainText('path: milvus/overlays/prod')
  await overlays.getByRole('checkbox', { name: 'prod' }).uncheck()
  await expect(argo).toContainText('path: milvus/base')
})
