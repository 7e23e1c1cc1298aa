// Issue 10, item 3: text journaled as a page went away is never dropped. Here the visit it was
// typed in is deleted before the app starts again, so it cannot be saved where it was written: the
// reviews list shows it as recovered text, with its time, until the person discards it.
import { expect, expectNoSeriousA11yViolations, firstRun, test } from './fixtures'

test.use({ viewport: { width: 390, height: 844 } })

test('journaled text whose visit is gone is kept and shown as recovered text', async ({ page }) => {
  await page.goto('/')
  await firstRun(page)
  await page.getByRole('link', { name: 'New review' }).click()
  await page.getByLabel('Host school').fill('Elm Academy')
  await page.getByRole('button', { name: 'Create review' }).click()
  await page.getByRole('link', { name: 'Visits' }).click()
  await page.getByRole('button', { name: 'Start a visit' }).click()
  await page.getByLabel('Subject').fill('Maths')
  await page.getByLabel('Summary').fill('Calm start, pupils explain their methods')

  // The page is hidden with the summary unsaved: the journal takes it at once, synchronously.
  const journal = await page.evaluate(() => {
    document.dispatchEvent(new Event('visibilitychange'))
    window.dispatchEvent(new Event('pagehide'))
    return Object.entries(localStorage).filter(([k]) => k.startsWith('review-day:unsaved:'))
  })
  expect(journal).toHaveLength(1)

  // Meanwhile the visit is deleted; then the journal holds the summary again as the app restarts.
  page.once('dialog', (dialog) => dialog.accept())
  await page.getByRole('button', { name: 'Delete this visit' }).click()
  await expect(page.getByRole('button', { name: 'Start a visit' })).toBeVisible()
  await page.evaluate((entries) => {
    for (const [key, value] of entries) localStorage.setItem(key, value)
  }, journal)
  await page.goto('/')

  const card = page.getByRole('region', { name: /^Recovered text from / })
  await expect(card).toBeVisible()
  await expect(card).toContainText('Calm start, pupils explain their methods')
  await expect(card.getByRole('button', { name: 'Copy' })).toBeVisible()
  await expectNoSeriousA11yViolations(page)
  const kept = () =>
    page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes(':recovered:')))
  expect(await kept()).toHaveLength(1)
  expect(await page.evaluate(() => localStorage.length)).toBe(1)

  // Still there after a reload; gone only after "Discard" and a yes.
  await page.reload()
  await expect(card).toBeVisible()
  page.once('dialog', (dialog) => dialog.accept())
  await card.getByRole('button', { name: 'Discard' }).click()
  await expect(page.getByText('The recovered text was discarded.')).toBeVisible()
  await expect(card).toHaveCount(0)
  expect(await kept()).toEqual([])
})
