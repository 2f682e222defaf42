import type { Page } from '@playwright/test'
import { encodeShareLink } from '../src/share'
import { HOSTILE_TEXTS } from '../src/test/hostile/corpus'
import { tamperedLinks } from '../src/test/hostile/shareTampering'
import { expect, test } from './fixtures'

// Issue 6: hostile pastes and tampered links leave the studio responsive, say what happened,
// run nothing and keep the user's work (an import is one Undo away; a refused link changes nothing).

const MINE = `# my own notes
apiVersion: milvus.io/v1beta1
kind: Milvus
metadata:
  name: my-hours-of-work
spec:
  mode: cluster
`

const PASTES = [
  'billion laughs (9 levels x 9)',
  '10,000-deep flow lists',
  '!!js/function',
  '!!python/object/apply:os.system',
  '"__proto__" keys at every level',
  '__proto__ via merge keys',
  'huge and non-finite numbers',
  'only non-Milvus kinds',
  'binary garbage (seed 1)',
  'script in metadata.name',
  'script tags in comments and values',
  'Korean with RTL marks and zero-width joiners',
]

function corpusText(name: string): string {
  const found = HOSTILE_TEXTS.find((h) => h.name === name)
  if (!found) throw new Error(`no corpus entry named ${name}`)
  return found.build()
}

/** Nothing executed, nothing polluted, and the page still answers. */
async function expectNothingRan(page: Page): Promise<void> {
  const probe = await page.evaluate(() => {
    const w = window as unknown as Record<string, unknown>
    return {
      pwned: w.__pwned,
      polluted: ({} as Record<string, unknown>).polluted,
      alerts: w.__alerts,
    }
  })
  expect(probe).toEqual({ pwned: undefined, polluted: undefined, alerts: 0 })
  await expect(page.locator('img[src="x"], svg[onload], b[onmouseover]')).toHaveCount(0)
}

test.beforeEach(async ({ page }) => {
  // Count alert() calls instead of letting a dialog block the page.
  await page.addInitScript(() => {
    const w = window as unknown as { __alerts: number; alert: (m?: unknown) => void }
    w.__alerts = 0
    w.alert = () => {
      w.__alerts += 1
    }
  })
})

test('hostile pastes get a clear answer, run nothing, and Undo brings the work back', async ({
  page,
  header,
}) => {
  const pageErrors: string[] = []
  page.on('pageerror', (e) => pageErrors.push(e.message))
  await header.open()
  await header.importYaml(MINE)
  await expect(page.getByRole('banner')).toContainText('my-hours-of-work')

  for (const name of PASTES) {
    await header.importYaml(corpusText(name))
    // Responsive: the header still works, and the studio shows a state for the text it was given.
    await expect(header.importButton).toBeEnabled()
    await expect.poll(() => header.source()).not.toBe(MINE)
    await expectNothingRan(page)
    await header.undo()
    await expect.poll(() => header.source()).toBe(MINE)
  }
  expect(pageErrors).toEqual([])
})

test('a script-carrying name is shown as text', async ({ page, header, form }) => {
  await header.open()
  await header.importYaml(corpusText('script in metadata.name'))
  await expect(page.getByRole('banner')).toContainText('<img src=x onerror=alert(1)>')
  await expect(form.root).toBeVisible()
  await expectNothingRan(page)
})

test('a text that does not parse or has no Milvus resource says so, and the work is kept', async ({
  page,
  header,
}) => {
  await header.open()
  await header.importYaml(MINE)
  await header.importYaml(corpusText('10,000-deep flow lists'))
  await expect(
    page.getByRole('alert').filter({ hasText: /does not parse|no Milvus resource/ }),
  ).toBeVisible()
  await header.undo()
  await header.importYaml(corpusText('only non-Milvus kinds'))
  await expect(page.getByRole('alert').filter({ hasText: 'no Milvus resource' })).toBeVisible()
  await header.undo()
  await expect.poll(() => header.source()).toBe(MINE)
})

test('tampered share links are refused with the reason and the work stays', async ({
  page,
  header,
}) => {
  const { fragment } = await encodeShareLink(MINE.replace('my-hours-of-work', 'from-a-stranger'), {
    includeSecrets: false,
  })
  // Links a browser cannot carry (4 MB) or that hold no fragment to open are left to the unit tests.
  const links = tamperedLinks(fragment).filter(
    (l) => l.link.startsWith('#') && l.link.length > 1 && l.link.length < 100_000,
  )
  await header.open()
  await header.importYaml(MINE)
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('milvus-studio:autosave:v1') ?? ''))
    .toContain('my-hours-of-work')

  for (const link of links) {
    await page.goto('about:blank')
    await page.goto(`/${link.link}`)
    const refusal = page.getByRole('alert').filter({ hasText: 'Your own work was not changed' })
    await expect(refusal, link.name).toBeVisible()
    expect(await header.source()).toBe(MINE)
    await expectNothingRan(page)
  }
})
