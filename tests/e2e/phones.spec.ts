// Phones for real (issue 13): the note box on a phone's first screen, installing, and receiving a
// bundle shared from another app.
import type { Locator, Page } from '@playwright/test'
import {
  expect,
  expectNoSeriousA11yViolations,
  firstRun,
  test,
  waitForServiceWorkerControl,
} from './fixtures'

const PHONE = { width: 390, height: 844 }

/** The sample review, loaded on a fresh profile; returns the review's path. */
async function sampleReview(page: Page): Promise<string> {
  await page.goto('/')
  await firstRun(page)
  await page.getByRole('button', { name: 'Try a sample review' }).click()
  await expect(page.getByRole('heading', { name: 'Visits' })).toBeVisible()
  return new URL(page.url()).pathname.replace(/\/visits$/, '')
}

/** Fails unless the whole of `what` lies on the first screen, without scrolling. */
async function expectOnFirstScreen(page: Page, what: Locator, name: string): Promise<void> {
  await expect(what).toBeVisible()
  const box = await what.boundingBox()
  const scrolled = await page.evaluate(() => window.scrollY)
  expect(box, name).not.toBeNull()
  if (!box) return
  expect(scrolled, `${name}: the page opens at its top`).toBe(0)
  expect(box.y, `${name} starts on the first screen`).toBeGreaterThanOrEqual(0)
  expect(box.y + box.height, `${name} ends on the first screen`).toBeLessThanOrEqual(PHONE.height)
}

test.describe('on a 390 × 844 phone', () => {
  test.use({ viewport: PHONE })

  test('the note box and its chips are on the first screen of a new visit', async ({ page }) => {
    const review = await sampleReview(page)
    await page.getByRole('button', { name: 'Start a visit' }).click()
    await expect(page).toHaveURL(new RegExp(`^[^?]*${review}/visits/[0-9a-f-]+$`))
    const note = page.getByLabel('Note', { exact: true })
    await expectOnFirstScreen(page, note, 'the note box')
    await expect(note).toBeEnabled()
    const chips = page.getByRole('group', { name: 'Lines of enquiry for this note' })
    await expectOnFirstScreen(page, chips, 'the line-of-enquiry chips')
    await expectOnFirstScreen(page, page.getByRole('button', { name: 'Add note' }), 'Add note')

    // The details, set, fold into one line above the note box when the visit opens again.
    await page.getByLabel('Year group').fill('Year 5')
    await page.getByLabel('Subject').fill('Mathematics')
    await page.getByLabel('Class or group').fill('5B')
    await expect(page.getByRole('status').getByText('Saved')).toBeVisible()
    await page.reload()
    const line = page.getByText('Lesson visit · Year 5 · Mathematics · 5B — Edit')
    await expectOnFirstScreen(page, line, 'the details in one line')
    await expect(page.getByLabel('Year group')).toBeHidden()
    await expectOnFirstScreen(page, note, 'the note box under the details')
    await expectOnFirstScreen(page, chips, 'the chips under the details')
    await line.click()
    await expect(page.getByLabel('Year group')).toHaveValue('Year 5')
  })

  test('the free-notes box and the prompt cards come first in a new conversation', async ({
    page,
  }) => {
    const review = await sampleReview(page)
    await page.goto(`${review}/conversations`)
    await page.getByRole('button', { name: 'Start a conversation' }).click()
    await expect(page).toHaveURL(new RegExp(`${review}/conversations/[0-9a-f-]+$`))
    const note = page.getByLabel('Note', { exact: true })
    await expectOnFirstScreen(page, note, 'the free-notes box')
    await expectOnFirstScreen(
      page,
      page.getByRole('group', { name: 'Lines of enquiry for this note' }),
      'the line-of-enquiry chips',
    )
    // The prompt cards follow: with the review's sections in one sideways-scrolling row on a
    // phone, their heading and the first card's label are on the first screen too.
    await expectOnFirstScreen(
      page,
      page.getByRole('heading', { name: 'Prompts from the focus' }),
      'the prompt cards’ heading',
    )
    await expectOnFirstScreen(page, page.getByText(/^Prompt 1 of \d+/), 'the first prompt card')
    // The row of sections shows where the person is: the current one scrolled into its view.
    const row = await page.getByRole('navigation', { name: 'Review sections' }).boundingBox()
    const current = await page.locator('nav.tabs [aria-current="page"]').boundingBox()
    expect(
      row && current && current.x >= row.x && current.x + current.width <= row.x + row.width,
    ).toBe(true)
    const rows = await page
      .locator('nav.tabs a')
      .evaluateAll((tabs) => new Set(tabs.map((tab) => tab.getBoundingClientRect().top)).size)
    expect(rows, 'the sections are one row').toBe(1)
    // A row that scrolls must still be reachable by keyboard and read well (axe's
    // scrollable-region-focusable among others).
    await expectNoSeriousA11yViolations(page)
    await expect(
      page.getByRole('heading', { name: 'How do you explain your thinking to a partner?' }),
    ).toBeAttached()

    await page.getByLabel('Group', { exact: true }).fill('Year 5, four pupils')
    await expect(page.getByRole('status').getByText('Saved')).toBeVisible()
    await page.reload()
    await expectOnFirstScreen(
      page,
      page.getByText(/^Pupils · Year 5, four pupils · \d\d:\d\d — Edit$/),
      'the conversation details in one line',
    )
    await expect(page.getByLabel('Group', { exact: true })).toBeHidden()
    await expectOnFirstScreen(page, note, 'the free-notes box under the details')
  })
})

test('the browser’s install offer becomes an "Install Review Day" button that asks once', async ({
  page,
}) => {
  await page.goto('/')
  await firstRun(page)
  await expect(page.getByRole('button', { name: 'Install Review Day' })).toHaveCount(0)
  const held = await page.evaluate(() => {
    // What Chromium sends when the app can be installed; its dialog is this test's stand-in.
    const event = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
      prompt: async () => {
        document.body.dataset.installAsked = 'yes'
      },
      userChoice: Promise.resolve({ outcome: 'dismissed' }),
    })
    window.dispatchEvent(event)
    return event.defaultPrevented
  })
  expect(held, 'the browser’s own install bar is held back').toBe(true)
  await page.getByRole('button', { name: 'Install Review Day' }).click()
  await expect(page.locator('body')).toHaveAttribute('data-install-asked', 'yes')
  await expect(page.getByRole('button', { name: 'Install Review Day' })).toHaveCount(0)
  await page.getByRole('link', { name: 'Settings' }).click()
  await expect(
    page.getByText('Review Day is running in the browser, not as an installed app.'),
  ).toBeVisible()
})

/** What Android's share sheet sends to the app: a multipart POST of `files` to /share-target. */
async function shareToApp(page: Page, files: { name: string; text: string }[]) {
  await page.evaluate(() => {
    const form = document.createElement('form')
    form.method = 'post'
    form.enctype = 'multipart/form-data'
    form.action = '/share-target'
    const input = document.createElement('input')
    input.type = 'file'
    input.name = 'files'
    input.multiple = true
    form.append(input)
    document.body.append(form)
  })
  await page.locator('form[action="/share-target"] input').setInputFiles(
    files.map((f) => ({
      name: f.name,
      mimeType: 'application/json',
      buffer: Buffer.from(f.text),
    })),
  )
  await page.evaluate(() =>
    document.querySelector<HTMLFormElement>('form[action="/share-target"]')?.submit(),
  )
}

test('a bundle shared from another app opens the import preview, offline, and waits for Import', async ({
  page,
  context,
}) => {
  await page.goto('/')
  await firstRun(page)
  await waitForServiceWorkerControl(page)
  const manifest = await page.evaluate(() =>
    fetch('/manifest.webmanifest').then((r) => r.json() as Promise<Record<string, unknown>>),
  )
  expect(manifest.share_target).toEqual({
    action: '/share-target',
    method: 'POST',
    enctype: 'multipart/form-data',
    params: {
      files: [
        {
          name: 'files',
          accept: ['application/json', '.json', 'text/plain', 'application/octet-stream'],
        },
      ],
    },
  })
  const sample = await page.evaluate(() => fetch('/sample-review.json').then((r) => r.text()))

  // What Android's share sheet sends, with the network off: a multipart POST of `files`.
  await context.setOffline(true)
  await shareToApp(page, [{ name: 'review-day_hillside.json', text: sample }])
  await expect(page).toHaveURL(/\/import\?shared=1$/)
  await expect(page.getByRole('heading', { name: 'Import this bundle?' })).toBeVisible()
  await expect(page.getByText('Review: Hillside Primary School (sample)')).toBeVisible()

  // Nothing is written before Import: another tab still finds no review.
  const other = await context.newPage()
  await other.goto('/')
  await expect(other.getByText(/^No reviews on this device yet/)).toBeVisible()
  await other.close()

  await page.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(page.getByText(/^Imported from /)).toBeVisible()
  // The shared file is taken once: coming back to the same address offers nothing more.
  await page.goto('/import?shared=1')
  await expect(
    page.getByText(
      'The shared file did not reach Review Day. Share it again, or save it and choose it here.',
    ),
  ).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Import this bundle?' })).toHaveCount(0)
})

test('two bundles shared at once: the first is previewed, and the screen says the other was not kept', async ({
  page,
  context,
}) => {
  await page.goto('/')
  await firstRun(page)
  await waitForServiceWorkerControl(page)
  const sample = await page.evaluate(() => fetch('/sample-review.json').then((r) => r.text()))
  await context.setOffline(true)
  await shareToApp(page, [
    { name: 'first.json', text: sample },
    { name: 'second.json', text: sample },
  ])
  await expect(page).toHaveURL(/\/import\?shared=1&others=1$/)
  await expect(page.getByRole('heading', { name: 'Import this bundle?' })).toBeVisible()
  await expect(
    page.getByText(
      'Other files were shared with this one (1), and only this one was kept. Share them one at a time to import each.',
    ),
  ).toBeVisible()
})
