import { expect, test } from './fixtures'

const VALUES = `# values of the running release
cluster:
  enabled: true
pulsarV3:
  enabled: false
kafka:
  enabled: true
externalS3:
  enabled: true
  host: s3.eu-west-1.amazonaws.com
  port: 443
  useSSL: true
  bucketName: vectors-prod
  accessKey: AKIAE2EEXAMPLE
  secretKey: e2e-secret-key
minio:
  enabled: false
queryNode:
  replicas: 3
`

test('milvus-helm values are imported as a Secret and a Milvus resource taking over the release', async ({
  header,
  form,
}) => {
  await header.open()
  await header.importButton.click()
  await header.importDialog.getByRole('radio', { name: 'From milvus-helm values' }).check()
  await header.importDialog.getByLabel('values.yaml of the Helm release').fill(VALUES)
  await header.importDialog.getByLabel('Resource name').fill('vectors')
  await header.importDialog.getByRole('radio', { name: 'Take over release vectors' }).check()
  await header.importDialog.getByRole('button', { name: 'Import values' }).click()
  await expect(header.importDialog).toBeHidden()

  const source = await header.source()
  expect(source).toContain(
    '# unknown key pulsarV3: The chart has no key pulsarV3; did you mean pulsarv3?',
  )
  const [secret, milvus] = source.split(/^---$/m)
  expect(secret).toContain('kind: Secret')
  expect(secret).toContain('name: vectors-storage')
  expect(milvus).toContain('secretRef: vectors-storage')
  expect(milvus).not.toContain('AKIAE2EEXAMPLE')
  expect(milvus).toMatch(/msgStreamType: kafka/)
  expect(milvus).toMatch(/etcd:\n\s+rootPath: by-dev/)
  await expect(header.notice(/did you mean pulsarv3\?/)).toBeVisible()
  await expect(header.notice(/1 Secret document\(s\) before the Milvus resource/)).toBeVisible()
  await expect(form.modeOption('Cluster')).toBeChecked()
})

test('the values field says so when it is empty, and a bad name is refused', async ({ header }) => {
  await header.open()
  await header.importButton.click()
  await header.importDialog.getByRole('radio', { name: 'From milvus-helm values' }).check()
  await header.importDialog.getByRole('button', { name: 'Import values' }).click()
  await expect(header.importDialog.getByRole('alert')).toHaveText('Paste some YAML first.')
  await header.importDialog.getByLabel('Resource name').fill('Bad_Name')
  await expect(
    header.importDialog.getByText('Use lower-case letters, digits and dashes.'),
  ).toBeVisible()
})
