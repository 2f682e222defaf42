import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'

interface StudioFinding {
  rule: string
}

const studio = (page: Page) => ({
  source: () =>
    page.evaluate(() =>
      (window as unknown as { __studio: { source(): string } }).__studio.source(),
    ),
  rules: () =>
    page.evaluate(() =>
      (window as unknown as { __studio: { findings(): StudioFinding[] } }).__studio
        .findings()
        .map((f) => f.rule),
    ),
})

// Switch etcd and storage between in-cluster and
// external, and apply a fix for one rule in each area.
test('etcd and object storage switch between in-cluster and external, with one fix in each', async ({
  page,
  form,
}) => {
  await page.goto('./')

  // etcd: external without endpoints is rejected by the webhook; adding one clears it.
  await form.setChecked('External etcd', true)
  const endpoints = form.findingsAt('spec.dependencies.etcd.endpoints')
  await expect(endpoints).toContainText('should be configured')
  await form.addListItem('etcd endpoints', 'etcd-0.etcd.svc:2379')
  await expect(endpoints).not.toContainText('should be configured')
  await expect.poll(() => studio(page).source()).toContain('etcd-0.etcd.svc:2379')

  // Back to in-cluster: an even member count gets a warning whose fix makes it odd.
  await form.setChecked('External etcd', false)
  await form.setField('etcd replicas', '2')
  const replicas = form.findingsAt('spec.dependencies.etcd.inCluster.values.replicaCount')
  await expect(replicas).toContainText('odd')
  await form.fixButtonAt('spec.dependencies.etcd.inCluster.values.replicaCount').click()
  await expect(form.field('etcd replicas')).toHaveValue('3')
  await expect.poll(() => studio(page).rules()).not.toContain('etcd-replicas-odd')

  // Storage: external needs an endpoint; then the operator-only TLS setting gets a fix for Milvus.
  await form.setChecked('External object storage', true)
  const storageEndpoint = form.findingsAt('spec.dependencies.storage.endpoint')
  await expect(storageEndpoint).toContainText('should be configured')
  await form.setField('Storage endpoint', 's3.us-west-2.amazonaws.com:443')
  await expect(storageEndpoint).not.toContainText('should be configured')

  await form.setChecked('Operator checks storage over TLS', true)
  const useSsl = form.findingsAt('spec.config.minio.useSSL')
  await expect(useSsl).toContainText('useSSL')
  await form.fixButtonAt('spec.config.minio.useSSL').click()
  await expect(form.field('Milvus uses SSL')).toBeChecked()
  await expect.poll(() => studio(page).rules()).not.toContain('storage-ssl-needs-milvus-tls')

  // And back to the in-cluster MinIO, whose own settings reappear.
  await form.setChecked('External object storage', false)
  await expect(form.field('MinIO mode')).toBeVisible()
  await expect(form.field('Storage endpoint')).toHaveCount(0)
  expect(await studio(page).source()).toMatch(/external: false/)
})
