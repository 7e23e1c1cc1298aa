import type { Page } from '@playwright/test'
import {
  expect,
  expectNoSeriousA11yViolations,
  firstRun,
  test,
  waitForServiceWorkerControl,
} from './fixtures'

test.use({ viewport: { width: 390, height: 844 } })
test.describe.configure({ timeout: 90_000 })

async function sayWhoIAm(page: Page) {
  await page.goto('/')
  await firstRun(page)
}

/** Profile → review → focus with two lines of enquiry → a visit with one tagged note. */
async function reviewWithVisit(page: Page): Promise<{ visitUrl: string }> {
  await sayWhoIAm(page)
  await page.getByRole('link', { name: 'New review' }).click()
  await page.getByLabel('Host school').fill('Elm Academy')
  await page.getByLabel('Cluster or partnership').fill('North Cluster')
  await page.getByLabel('First day').fill('2026-12-01')
  await page.getByRole('button', { name: 'Create review' }).click()
  await page.getByLabel('Enquiry question').fill('How well do pupils explain their reasoning?')
  await page.getByRole('button', { name: 'Add a line of enquiry' }).click()
  await page.getByRole('textbox', { name: 'Line of enquiry 1' }).fill('Talk in maths')
  await page.getByLabel('Prompts, one per line').fill('How do pupils explain a method?')
  await page.getByRole('button', { name: 'Add a line of enquiry' }).click()
  await page.getByRole('textbox', { name: 'Line of enquiry 2' }).fill('Feedback')
  await page.getByRole('button', { name: 'Add evidence to collect' }).click()
  await page.getByLabel('What and where').fill('Year 5 and 6 maths lessons')
  await expect(page.getByText('Saved').last()).toBeVisible()

  await page.getByRole('link', { name: 'Visits' }).click()
  await page.getByRole('button', { name: 'Start a visit' }).click()
  await page.getByLabel('Year group').fill('Year 5')
  await page.getByLabel('Subject').fill('Maths')
  await page.getByLabel('Class or group').fill('5B')
  await page.getByLabel('Note', { exact: true }).fill('Pairs explain their methods to each other')
  await page.getByRole('button', { name: 'Talk in maths' }).click()
  await page.getByRole('button', { name: 'Add note' }).click()
  await expect(page.getByText('Pairs explain their methods to each other')).toBeVisible()
  await page.getByLabel('Note', { exact: true }).fill('Marking uses questions')
  await page.getByRole('button', { name: 'Feedback', exact: true }).click()
  await page.getByRole('button', { name: 'Add note' }).click()
  await expect(page.getByText('Marking uses questions')).toBeVisible()
  await expect(page.getByRole('status').getByText('Saved')).toBeVisible()
  return { visitUrl: new URL(page.url()).pathname }
}

async function expectVisitShown(page: Page) {
  await expect(page.getByRole('heading', { name: 'Year 5 · Maths · 5B' })).toBeVisible()
  const notes = page.getByRole('listitem').filter({ hasText: 'Pairs explain their methods' })
  await expect(notes.getByText('Talk in maths')).toBeVisible()
  await expect(
    page.getByRole('listitem').filter({ hasText: 'Marking uses questions' }).getByText('Feedback'),
  ).toBeVisible()
}

test('a review with its focus and a visit with tagged notes is all there after a reload', async ({
  page,
}) => {
  const { visitUrl } = await reviewWithVisit(page)
  await page.reload()
  await expectVisitShown(page)

  await page.getByRole('link', { name: 'Focus' }).click()
  await expect(page.getByLabel('Enquiry question')).toHaveValue(
    'How well do pupils explain their reasoning?',
  )
  await expect(page.getByRole('textbox', { name: 'Line of enquiry 2' })).toHaveValue('Feedback')
  await expect(page.getByLabel('What and where')).toHaveValue('Year 5 and 6 maths lessons')
  await expect(page.getByLabel('Name')).toHaveValue('Ann Reviewer')

  await page.getByRole('link', { name: 'Visits' }).click()
  await expect(page.getByRole('link', { name: /Year 5 · Maths · 5B/ })).toContainText('2 notes')
  const coverage = page.getByRole('table')
  await expect(coverage.getByRole('row', { name: /Talk in maths/ })).toContainText('1')
  await expect(coverage.getByRole('row', { name: /Feedback/ })).toContainText('1')
  expect(visitUrl).toMatch(/^\/reviews\/[0-9a-f-]+\/visits\/[0-9a-f-]+$/)
})

test('once loaded, the app and a deep link to a visit open with the network off', async ({
  page,
  context,
}) => {
  const { visitUrl } = await reviewWithVisit(page)
  await waitForServiceWorkerControl(page)
  await context.setOffline(true)
  await page.reload()
  await expectVisitShown(page)
  await page.goto('/')
  await expect(page.getByRole('link', { name: /Elm Academy/ })).toBeVisible()
  await page.goto(visitUrl)
  await expectVisitShown(page)
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true)
})

test('text typed into a note survives closing the page at once', async ({ page, context }) => {
  const { visitUrl } = await reviewWithVisit(page)
  await page.getByLabel('Note', { exact: true }).fill('Pupils chose their own')
  await page
    .getByRole('button', { name: /^Edit note at/ })
    .first()
    .click()
  await page.getByLabel(/^Note at/).fill('Marking uses questions, then pupils respond')
  await page.close({ runBeforeUnload: true })

  const again = await context.newPage()
  await again.goto(visitUrl)
  await expect(again.getByLabel('Note', { exact: true })).toHaveValue('Pupils chose their own')
  await expect(again.getByText('Marking uses questions, then pupils respond')).toBeVisible()
})

test('the visit screen on a 390×844 phone', async ({ page }, testInfo) => {
  await reviewWithVisit(page)
  await page
    .getByRole('button', { name: /^Edit note at/ })
    .first()
    .click()
  await page.getByRole('button', { name: 'Done' }).click()
  // Saved in the test's output folder as an artefact of the run, and attached to the report.
  const shot = testInfo.outputPath('visit-390x844.png')
  await page.screenshot({ fullPage: true, path: shot })
  await testInfo.attach('visit-390x844', { path: shot, contentType: 'image/png' })
  const width = await page.evaluate(() => document.documentElement.scrollWidth)
  expect(width, 'nothing overflows the phone’s width').toBeLessThanOrEqual(390)
  for (const button of await page.getByRole('button').all()) {
    const box = await button.boundingBox()
    if (box) expect(box.height, 'touch targets are at least 44 px').toBeGreaterThanOrEqual(44)
  }
})

// Every screen, in light and dark, with the sample review so that every screen has content.
// The screens are split in two groups so each test stays well within its time on two cores.
const GROUPS: Record<string, (review: string) => string[]> = {
  'lists and forms': (review) => [
    '/',
    '/reviews/new',
    '/import',
    '/settings',
    `${review}/focus`,
    `${review}/visits`,
    `${review}/conversations`,
    `${review}/share`,
  ],
  'notes, evidence and feedback': (review) => [
    `${review}/evidence`,
    `${review}/feedback`,
    `${review}/report`,
  ],
  'the improvement cycle': (review) => [
    `${review}/workshop`,
    `${review}/follow-up`,
    `${review}/plan`,
    `${review}/next`,
  ],
}

for (const scheme of ['light', 'dark'] as const) {
  for (const [group, paths] of Object.entries(GROUPS)) {
    test(`every screen passes an axe scan: ${group} (${scheme})`, async ({ page }) => {
      test.setTimeout(180_000)
      await page.emulateMedia({ colorScheme: scheme })
      await page.goto('/')
      await expect(page.getByRole('heading', { name: 'Who are you?' })).toBeVisible()
      await expectNoSeriousA11yViolations(page)
      await sayWhoIAm(page)
      await page.getByRole('button', { name: 'Try a sample review' }).click()
      await expect(page.getByRole('heading', { name: 'Visits' })).toBeVisible()
      const review = new URL(page.url()).pathname.replace(/\/visits$/, '')
      for (const path of paths(review)) {
        await page.goto(path)
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
        await expectNoSeriousA11yViolations(page)
      }
      if (group === 'notes, evidence and feedback') {
        // The screens reached through a list: a visit, a conversation and a feedback draft.
        for (const [tab, link] of [
          ['visits', /Year 4/],
          ['conversations', /six pupils/],
          ['feedback', /Priya/],
        ] as const) {
          await page.goto(`${review}/${tab}`)
          await page.getByRole('link', { name: link }).first().click()
          await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
          await expectNoSeriousA11yViolations(page)
        }
      }
      if (group === 'the improvement cycle') {
        // Reached through the follow-up: an action with its check-ins, and a new meeting.
        await page.goto(`${review}/follow-up`)
        await page.getByRole('link', { name: /Talk partners rehearse/ }).click()
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
        await expectNoSeriousA11yViolations(page)
        await page.goto(`${review}/follow-up`)
        await page.getByRole('button', { name: 'Record a follow-up meeting' }).click()
        await expect(page.getByLabel('Who took part')).toBeVisible()
        await expectNoSeriousA11yViolations(page)
      }
    })
  }
}

test('a note can be added with the keyboard alone', async ({ page }) => {
  const { visitUrl } = await reviewWithVisit(page)
  await page.goto(visitUrl)
  await page.getByLabel('Note', { exact: true }).focus()
  await page.keyboard.type('Typed without a mouse')
  await page.keyboard.press('Tab')
  await page.keyboard.press('Enter') // first chip: Talk in maths
  await page.keyboard.press('Tab')
  await page.keyboard.press('Tab')
  await page.keyboard.press('Enter') // Add note
  const note = page.getByRole('listitem').filter({ hasText: 'Typed without a mouse' })
  await expect(note).toBeVisible()
  await expect(note.getByText('Talk in maths')).toBeVisible()
})
