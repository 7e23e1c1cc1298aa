import { readFile } from 'node:fs/promises'
import type { BrowserContext, Page, TestInfo } from '@playwright/test'
import { expect, firstRun, test, waitForServiceWorkerControl } from './fixtures'

// Three people on three phones, each a browser context of its own (its own IndexedDB), passing
// real files: downloads saved to disk and uploaded through the file input.
test.use({ viewport: { width: 390, height: 844 } })
test.describe.configure({ timeout: 240_000 })

async function person(context: BrowserContext, name: string, school: string, role: string) {
  const page = await context.newPage()
  await page.goto('/')
  await firstRun(page, { name, school, role })
  return page
}

const PASSPHRASE = 'maple river lantern'

/** Exports the review: sealed with PASSPHRASE unless `unsealed`. */
async function exportFile(
  page: Page,
  testInfo: TestInfo,
  label: string,
  unsealed = false,
): Promise<string> {
  await page.getByRole('link', { name: 'Share' }).click()
  if (unsealed) {
    await page.getByLabel('Export without a passphrase').check()
    await expect(page.getByText(/anyone who gets the file can read every note/)).toBeVisible()
    await page.getByRole('button', { name: 'Export this review' }).click()
  } else {
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE)
    await page.getByLabel('Passphrase again').fill(PASSPHRASE)
    await page.getByRole('button', { name: 'Seal and make the bundle' }).click()
    await expect(page.getByText(/Sealed bundle ready/)).toBeVisible()
  }
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Share or save the file' }).click(),
  ])
  // Only an unsealed file carries the school and the name; a sealed one says neither.
  expect(download.suggestedFilename()).toMatch(
    unsealed
      ? /^review-day_elm-academy_\d{4}-\d{2}-\d{2}_.+\.json$/
      : /^review-day_\d{4}-\d{2}-\d{2}_sealed_[0-9a-f]{4}\.json$/,
  )
  const path = testInfo.outputPath(`${label}.json`)
  await download.saveAs(path)
  await expect(page.getByText('Everything here has been exported.')).toBeVisible()
  return path
}

/** Chooses a bundle file, typing the passphrase (after `wrongTries` wrong ones) if it is sealed. */
async function chooseFile(page: Page, path: string, wrongTries = 0) {
  await page.getByLabel('Choose a bundle file').setInputFiles(path)
  if ((await readFile(path, 'utf8')).includes('"review-day.sealed"')) {
    await expect(page.getByRole('heading', { name: 'This bundle is sealed' })).toBeVisible()
    for (let i = 0; i < wrongTries; i++) {
      await page.getByLabel('Passphrase for this bundle').fill(`wrong guess ${i}`)
      await page.getByRole('button', { name: 'Open the bundle' }).click()
      await expect(page.getByRole('alert')).toHaveText(/That passphrase does not open this bundle/)
    }
    await page.getByLabel('Passphrase for this bundle').fill(PASSPHRASE)
    await page.getByRole('button', { name: 'Open the bundle' }).click()
  }
}

async function importFile(page: Page, path: string, expected: RegExp, wrongTries = 0) {
  await chooseFile(page, path, wrongTries)
  await expect(page.getByRole('heading', { name: 'Import this bundle?' })).toBeVisible()
  await expect(page.getByText(expected)).toBeVisible()
  await page.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(page.getByText(/^Imported from/)).toBeVisible()
}

async function addVisitOffline(page: Page, context: BrowserContext, subject: string, note: string) {
  await waitForServiceWorkerControl(page)
  await context.setOffline(true)
  await page.getByRole('link', { name: 'Visits' }).click()
  await page.getByRole('button', { name: 'Start a visit' }).click()
  await page.getByLabel('Subject').fill(subject)
  await page.getByLabel('Note', { exact: true }).fill(note)
  await page.getByRole('button', { name: 'Talk in maths' }).click()
  await page.getByRole('button', { name: 'Add note' }).click()
  await expect(page.getByRole('listitem').filter({ hasText: note })).toBeVisible()
}

async function changeQuestion(page: Page, question: string) {
  await page.getByRole('link', { name: 'Focus' }).click()
  await page.getByLabel('Enquiry question').fill(question)
  await expect(page.getByRole('status').getByText('Saved').last()).toBeVisible()
}

test('a host and two reviewers exchange bundles and nothing is lost', async ({
  browser,
}, testInfo) => {
  const hostContext = await browser.newContext()
  const host = await person(hostContext, 'Hana Host', 'Elm Academy', 'Host school')
  await host.getByRole('link', { name: 'New review' }).click()
  await host.getByLabel('Host school').fill('Elm Academy')
  await host.getByRole('button', { name: 'Create review' }).click()
  await host.getByLabel('Enquiry question').fill('How well do pupils explain their reasoning?')
  await host.getByRole('button', { name: 'Add a line of enquiry' }).click()
  await host.getByRole('textbox', { name: 'Line of enquiry 1' }).fill('Talk in maths')
  await expect(host.getByRole('status').getByText('Saved').last()).toBeVisible()
  const pack = await exportFile(host, testInfo, 'review-pack')

  const reviewerFiles: string[] = []
  for (const [name, school, subject, note, question] of [
    ['Rhys Reviewer', 'Ash Primary', 'Maths', 'Pairs explain methods aloud', 'Question by Rhys'],
    ['Sara Reviewer', 'Birch Primary', 'Science', 'Pupils justify predictions', 'Question by Sara'],
  ] as const) {
    const context = await browser.newContext()
    const page = await person(context, name, school, 'Reviewer')
    await page.getByRole('link', { name: 'Import a bundle' }).click()
    await importFile(page, pack, /2 new records/, name.startsWith('Rhys') ? 3 : 0)
    await page.getByRole('button', { name: 'Open the review' }).click()
    await addVisitOffline(page, context, subject, note)
    await changeQuestion(page, question)
    reviewerFiles.push(await exportFile(page, testInfo, name, name.startsWith('Sara')))
    await context.close()
  }
  const [rhys, sara] = reviewerFiles as [string, string]

  // The host imports Rhys's bundle, then Sara's.
  await host.getByRole('link', { name: 'Share' }).click()
  await importFile(host, rhys, /1 new record/)
  await importFile(host, sara, /1 conflict to resolve/)

  await host.getByRole('link', { name: 'Visits' }).click()
  await expect(host.getByRole('link', { name: /Maths/ })).toContainText(
    'Rhys Reviewer (Ash Primary)',
  )
  await expect(host.getByRole('link', { name: /Science/ })).toContainText(
    'Sara Reviewer (Birch Primary)',
  )
  await host.getByRole('link', { name: /Science/ }).click()
  await expect(host.getByText('Pupils justify predictions')).toBeVisible()
  await host.getByRole('link', { name: 'Visits' }).click()
  await expect(host.getByRole('table').getByRole('row', { name: /Talk in maths/ })).toContainText(
    '2',
  )

  // Both changed the focus apart: one conflict, resolved by the host's choice.
  await host.getByRole('link', { name: 'Share' }).click()
  await host.getByRole('link', { name: /The focus changed by/ }).click()
  await expect(host.getByText('Question by Rhys')).toBeVisible()
  await expect(host.getByText('Question by Sara')).toBeVisible()
  await host.getByRole('button', { name: /Keep the version by Sara Reviewer/ }).click()
  await expect(host.getByText('Conflict resolved.')).toBeVisible()
  await host.getByRole('link', { name: 'Focus' }).click()
  await expect(host.getByLabel('Enquiry question')).toHaveValue('Question by Sara')

  // The same file again changes nothing.
  await host.getByRole('link', { name: 'Share' }).click()
  await expect(host.getByText('No conflicts')).toBeVisible()
  await chooseFile(host, rhys)
  await expect(host.getByText('This bundle was already imported — nothing changed.')).toBeVisible()
  await expect(host.getByRole('heading', { name: 'Import this bundle?' })).toHaveCount(0)

  // A lead reviewer importing the same files in the other order sees the same review.
  const leadContext = await browser.newContext()
  const lead = await person(leadContext, 'Lee Lead', 'Oak Primary', 'Lead reviewer')
  await lead.getByRole('link', { name: 'Import a bundle' }).click()
  await importFile(lead, sara, /3 new records/)
  await chooseFile(lead, rhys)
  await expect(lead.getByText(/1 conflict to resolve/)).toBeVisible()
  await lead.getByRole('button', { name: 'Import', exact: true }).click()
  await lead.getByRole('button', { name: 'Open the review' }).click()
  await expect(lead.getByRole('link', { name: /Maths/ })).toContainText('Rhys Reviewer')
  await expect(lead.getByRole('link', { name: /Science/ })).toContainText('Sara Reviewer')
  await hostContext.close()
  await leadContext.close()
})

/** Opens the review's only visit and rewrites its note, as a reviewer would on their phone. */
async function editTheNote(page: Page, text: string) {
  await page.getByRole('link', { name: 'Visits' }).click()
  await page.getByRole('link', { name: /Maths/ }).click()
  await page.getByRole('button', { name: /^Edit note at/ }).click()
  await page.getByRole('textbox', { name: /^Note at/ }).fill(text)
  await page.getByRole('button', { name: 'Done' }).click()
  await expect(page.getByRole('status').getByText('Saved').last()).toBeVisible()
}

test('two reviewers edit the same note apart; the host combines and both texts are kept', async ({
  browser,
}, testInfo) => {
  const hostContext = await browser.newContext()
  const host = await person(hostContext, 'Hana Host', 'Elm Academy', 'Host school')
  await host.getByRole('link', { name: 'New review' }).click()
  await host.getByLabel('Host school').fill('Elm Academy')
  await host.getByRole('button', { name: 'Create review' }).click()
  await host.getByRole('link', { name: 'Visits' }).click()
  await host.getByRole('button', { name: 'Start a visit' }).click()
  await host.getByLabel('Subject').fill('Maths')
  await host.getByLabel('Note', { exact: true }).fill('Pupils talk in pairs')
  await host.getByRole('button', { name: 'Add note' }).click()
  await expect(host.getByRole('listitem').filter({ hasText: 'Pupils talk in pairs' })).toBeVisible()
  await expect(host.getByRole('status').getByText('Saved').last()).toBeVisible()
  const pack = await exportFile(host, testInfo, 'visit-pack', true)

  const files: string[] = []
  for (const [name, school, text] of [
    ['Rhys Reviewer', 'Ash Primary', 'Pupils talk in pairs and explain their methods'],
    ['Sara Reviewer', 'Birch Primary', 'Pairs use sentence stems to reason'],
  ] as const) {
    const context = await browser.newContext()
    const page = await person(context, name, school, 'Reviewer')
    await page.getByRole('link', { name: 'Import a bundle' }).click()
    await importFile(page, pack, /3 new records/)
    await page.getByRole('button', { name: 'Open the review' }).click()
    await editTheNote(page, text)
    files.push(await exportFile(page, testInfo, `${name} edit`, true))
    await context.close()
  }
  const [rhys, sara] = files as [string, string]

  await host.getByRole('link', { name: 'Share' }).click()
  await importFile(host, rhys, /1 updated/)
  await importFile(host, sara, /1 conflict to resolve/)
  await host.getByRole('link', { name: /A visit changed by/ }).click()
  await host.getByRole('button', { name: 'Combine: keep every text from all versions' }).click()
  const combined = host.getByRole('region', { name: 'The combined version' })
  // Sara's version is the later one, so it is shown; Rhys's words follow, marked as his.
  await expect(combined).toContainText('Pairs use sentence stems to reason')
  await expect(combined).toContainText(/From Rhys Reviewer \(Ash Primary\), .+:/)
  await expect(combined).toContainText('Pupils talk in pairs and explain their methods')
  await combined.getByRole('button', { name: 'Keep the combined version' }).click()
  await expect(host.getByText('Conflict resolved.')).toBeVisible()

  await host.getByRole('link', { name: 'Visits' }).click()
  await host.getByRole('link', { name: /Maths/ }).click()
  const note = host.getByRole('listitem').filter({ hasText: 'Pairs use sentence stems' })
  await expect(note).toContainText(/From Rhys Reviewer \(Ash Primary\), .+:/)
  await expect(note).toContainText('Pupils talk in pairs and explain their methods')
  await expect(host.locator('.notes .note-item')).toHaveCount(1)

  // The combined version is an ordinary record: the host edits the note like any other.
  await editTheNote(host, 'Pairs use sentence stems and explain their methods')
  const edited = host.locator('.notes .note-item')
  await expect(edited).toHaveCount(1)
  await expect(edited).toContainText('Pairs use sentence stems and explain their methods')
  await expect(edited).not.toContainText('From Rhys Reviewer')
  await hostContext.close()
})
