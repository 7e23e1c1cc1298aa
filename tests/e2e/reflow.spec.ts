// Big text on a narrow screen (WCAG 2.2, 1.4.4 Resize text and 1.4.10 Reflow): at 320 CSS px wide,
// with the browser's text size at 200 %, no screen of the sample review scrolls sideways and nothing
// is cut off. The text size is the browser's own setting (its default font size, which the app's
// rem-based styles follow), set through the DevTools protocol, not a zoom of the whole page.
import type { Page } from '@playwright/test'
import { expect, firstRun, test } from './fixtures'

const NARROW = { width: 320, height: 640 }
const DEFAULT_FONT_PX = 16

/** Sets the browser's text size to `percent` of its default, as a person would in its settings. */
async function textSize(page: Page, percent: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page)
  const px = (DEFAULT_FONT_PX * percent) / 100
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: px, fixed: px } })
}

/** What scrolls sideways, sticks out past the screen's edges or is clipped, described. */
function overflowOnScreen(): string[] {
  const width = document.documentElement.clientWidth
  const found: string[] = []
  const name = (el: Element) =>
    `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).replace(/ /g, '.')}` : ''} “${(el.textContent ?? '').trim().slice(0, 40)}”`
  if (document.documentElement.scrollWidth > width)
    found.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} > ${width}`)
  for (const el of document.body.querySelectorAll('*')) {
    // Hidden on purpose: read by screen readers, or shown only when focused.
    if (el.closest('.visually-hidden, .skip, [hidden], template, script, style')) continue
    const box = el.getBoundingClientRect()
    if (box.width === 0 && box.height === 0) continue
    if (box.left < -0.5 || box.right > width + 0.5)
      found.push(`${name(el)} spans ${Math.round(box.left)}–${Math.round(box.right)} px`)
    const style = getComputedStyle(el)
    // Fields scroll their own text as a person types; anything else that clips its content cuts it.
    const field = el.matches('input, textarea, select')
    if (!field && style.overflowX !== 'visible' && el.scrollWidth > el.clientWidth + 1)
      found.push(`${name(el)} cuts its content: ${el.scrollWidth} > ${el.clientWidth}`)
  }
  return found
}

async function expectReflows(page: Page, where: string): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  const rootFont = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)
  expect(rootFont, `${where}: the text is at 200 %`).toBe('32px')
  expect
    .soft(await page.evaluate(overflowOnScreen), `${where} at 320 px and 200 % text`)
    .toEqual([])
}

test.use({ viewport: NARROW })

const LIST_SCREENS = ['/', '/reviews/new', '/import', '/settings']
const REVIEW_SCREENS = [
  'focus',
  'visits',
  'conversations',
  'evidence',
  'feedback',
  'report',
  'share',
]

test('every screen of the sample review reflows at 320 px with text at 200 %', async ({ page }) => {
  test.setTimeout(180_000)
  await page.goto('/')
  await textSize(page, 200)
  await expect(page.getByRole('heading', { name: 'Who are you?' })).toBeVisible()
  await expectReflows(page, 'Who are you?')
  await firstRun(page)
  // The import preview, with the sample review's own file before it is loaded.
  await page.goto('/import')
  const sample = await page.evaluate(() => fetch('/sample-review.json').then((r) => r.text()))
  await page.getByLabel('Choose a bundle file').setInputFiles({
    name: 'sample-review.json',
    mimeType: 'application/json',
    buffer: Buffer.from(sample),
  })
  await expect(page.getByRole('heading', { name: 'Import this bundle?' })).toBeVisible()
  await expectReflows(page, 'the import preview')
  await page.getByRole('button', { name: 'Cancel' }).click()
  await page.goto('/')
  await page.getByRole('button', { name: 'Try a sample review' }).click()
  await expect(page.getByRole('heading', { name: 'Visits' })).toBeVisible()
  const review = new URL(page.url()).pathname.replace(/\/visits$/, '')
  for (const path of LIST_SCREENS) {
    await page.goto(path)
    await expectReflows(page, path)
  }
  for (const tab of REVIEW_SCREENS) {
    await page.goto(`${review}/${tab}`)
    await expectReflows(page, tab)
  }
  // The screens reached through a list: a visit, a conversation and a feedback draft.
  for (const [tab, link] of [
    ['visits', /Year 4/],
    ['conversations', /six pupils/],
    ['feedback', /Priya/],
  ] as const) {
    await page.goto(`${review}/${tab}`)
    await page.getByRole('link', { name: link }).first().click()
    await expectReflows(page, `a record from ${tab}`)
    // Opened details and editors count as well as the folded screen.
    await page.evaluate(() => {
      for (const details of document.querySelectorAll('details')) details.open = true
    })
    await expect(page.locator('details:not([open])')).toHaveCount(0)
    await expectReflows(page, `a record from ${tab}, every part opened`)
  }
})
