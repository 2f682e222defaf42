import { test, expect } from './fixtures'

// Issue 6: the production build carries a Content-Security-Policy that refuses inline scripts
// and eval, and allows scripts, workers and connections only from the page's own origin.
// (eval itself cannot be probed from page.evaluate: DevTools evaluation is exempt from CSP's eval
// check, so the policy text is asserted to carry no 'unsafe-eval' instead.)
test('the built app refuses an inline script and allows no eval', async ({ page }) => {
  const violations: string[] = []
  page.on('console', (msg) => {
    if (/Content.Security.Policy|Refused to/i.test(msg.text())) violations.push(msg.text())
  })
  await page.goto('./')
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content')
  expect(policy).toContain("script-src 'self'")
  expect(policy).not.toContain('unsafe-eval')

  const result = await page.evaluate(async () => {
    const w = window as unknown as { __cspInline?: boolean }
    const seen = new Promise<string>((resolve) => {
      document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), {
        once: true,
      })
    })
    const s = document.createElement('script')
    s.textContent = 'window.__cspInline = true'
    document.body.appendChild(s)
    const directive = await Promise.race([
      seen,
      new Promise<string>((r) => setTimeout(() => r('none'), 2000)),
    ])
    return { inlineRan: w.__cspInline === true, directive }
  })
  expect(result.inlineRan).toBe(false)
  expect(result.directive).toMatch(/script-src/)
  expect(violations.length).toBeGreaterThan(0)
})

test('a javascript: URL typed into the address fragment runs nothing', async ({ page }) => {
  await page.goto('./#s1.%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E')
  await expect(page.locator('body')).not.toBeEmpty()
  expect(
    await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
  ).toBeUndefined()
})
