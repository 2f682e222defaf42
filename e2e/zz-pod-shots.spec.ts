import { test } from './fixtures'

const DOC = `apiVersion: milvus.io/v1beta1
kind: Milvus
metadata:
  name: vectors
spec:
  mode: cluster
  components:
    # query nodes run on the GPU pool
    queryNode:
      replicas: 2
      nodeSelector:
        pool: gpu
      tolerations:
        - key: dedicated
          operator: Exists
          value: milvus
          effect: NoSchedule
      env:
        - name: MY VAR
          value: "1"
    proxy:
      serviceType: LoadBalancer
      serviceAnnotations:
        networking.gke.io/load-balancer-type: Internal
`
const combos = [
  { w: 1440, h: 900, lang: 'English', theme: 'light', tag: 'wide-light-en' },
  { w: 1440, h: 900, lang: '한국어', theme: 'dark', tag: 'wide-dark-ko' },
  { w: 390, h: 844, lang: 'English', theme: 'dark', tag: 'narrow-dark-en' },
  { w: 390, h: 844, lang: '한국어', theme: 'light', tag: 'narrow-light-ko' },
] as const

for (const c of combos) {
  test(`shot ${c.tag}`, async ({ page, header, editor }) => {
    await page.setViewportSize({ width: c.w, height: c.h })
    await header.open()
    await editor.replaceAll(DOC)
    await header.setTheme(c.theme)
    if (c.lang !== 'English') await header.setLanguage(c.lang)
    const form = page.locator('form, [aria-label="Form"], [aria-label="양식"]').first()
    await page.evaluate(() => {
      for (const d of document.querySelectorAll('details')) {
        const s = d.querySelector('summary')?.textContent ?? ''
        if (/Components|컴포넌트|queryNode|proxy/.test(s)) d.open = true
        if (/queryNode|proxy/.test(s) && d.classList.contains('ff-pod')) d.open = true
      }
    })
    await page.waitForTimeout(3000)
    void form
    const shots = [
      ['qn', 'ff-spec.components.queryNode.nodeSelector'],
      ['tol', 'ff-spec.components.queryNode.tolerations'],
      ['aff', 'ff-spec.components.queryNode.affinity'],
      ['vol', 'ff-spec.components.queryNode.podAnnotations'],
      ['proxy', 'ff-spec.components.proxy.serviceType'],
    ] as const
    for (const [name, id] of shots) {
      await page.evaluate((i) => document.getElementById(i)?.scrollIntoView({ block: 'start' }), id)
      await page.waitForTimeout(500)
      await page.screenshot({ path: `/tmp/shots/${c.tag}-${name}.png` })
    }
  })
}
