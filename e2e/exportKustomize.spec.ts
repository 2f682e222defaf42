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
