import { readFile } from 'node:fs/promises'
import type { BrowserContext, Locator, Page, TestInfo } from '@playwright/test'
import { expect, firstRun, test } from './fixtures'

// The improvement cycle on three phones, each a browser context of its own, passing real files:
// the lead reviewer's consolidated feedback reaches the host; the Improvement Champion runs the
// workshop, agrees a priority and an action and exports; a partner school imports, adds the
// check-in of its support and exports; the host imports, sees the check-in with its author,
// prints the plan and starts the next review from this one.
test.use({ viewport: { width: 390, height: 844 } })
test.describe.configure({ timeout: 300_000 })

const SCHOOL = 'Elm Academy'
const LINE = 'Talk in maths'
const FINDINGS = 'Pupils explain methods to a partner; talk fades in written reasoning.'
const QUESTION = 'How might talk be kept going into written reasoning?'
const PRIORITY = 'Talk before writing'
const ACTION = 'Talk partners rehearse reasoning before writing'
const CRITERIA = 'Pupils explain their reasoning aloud before they write it'
const SEEN = 'Year 6 pairs rehearsed aloud; answers used “because”.'

async function person(context: BrowserContext, name: string, school: string, role: string) {
  const page = await context.newPage()
  await page.goto('/')
  await firstRun(page, { name, school, role })
  return page
}

/** A section of the review, from its tabs. */
function tab(page: Page, name: string): Locator {
  return page
    .getByRole('navigation', { name: 'Review sections' })
    .getByRole('link', { name, exact: true })
}

async function allSaved(page: Page) {
  await expect(page.getByRole('status').getByText('Saved').last()).toBeVisible()
}

/** Nothing overflows the phone's width, and every button is a 44 px touch target. */
async function fitsThePhone(page: Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth)
  expect(width, 'nothing overflows the phone’s width').toBeLessThanOrEqual(390)
  for (const button of await page.getByRole('button').all()) {
    const box = await button.boundingBox()
    if (box) expect(box.height, 'touch targets are at least 44 px').toBeGreaterThanOrEqual(44)
  }
}

/** Exports the review without a passphrase (sealing has its own tests) and keeps the file. */
async function exportFile(page: Page, testInfo: TestInfo, label: string): Promise<string> {
  await tab(page, 'Share').click()
  await page.getByLabel('Export without a passphrase').check()
  await page.getByRole('button', { name: 'Export this review' }).click()
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Share or save the file' }).click(),
  ])
  const path = testInfo.outputPath(`${label}.json`)
  await download.saveAs(path)
  await expect(page.getByText('Everything here has been exported.')).toBeVisible()
  return path
}

async function importFile(page: Page, path: string, expected: RegExp) {
  await page.getByLabel('Choose a bundle file').setInputFiles(path)
  await expect(page.getByRole('heading', { name: 'Import this bundle?' })).toBeVisible()
  // The preview's count; the import history below may say the same of an earlier file.
  await expect(page.getByText(expected).first()).toBeVisible()
  await page.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(page.getByText(/^Imported from/)).toBeVisible()
}

/** A day `days` from today, as a date field takes it. */
function dayFromToday(days: number): string {
  const d = new Date()
  d.setDate(d.getDate() + days)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

async function hostPlansTheReview(host: Page, testInfo: TestInfo): Promise<string> {
  await host.getByRole('link', { name: 'New review' }).click()
  await host.getByLabel('Host school').fill(SCHOOL)
  await host.getByLabel('Cluster or partnership').fill('North Cluster')
  await host.getByRole('button', { name: 'Create review' }).click()
  await host.getByLabel('Enquiry question').fill('How well do pupils explain their reasoning?')
  await host.getByRole('button', { name: 'Add a line of enquiry' }).click()
  await host.getByRole('textbox', { name: 'Line of enquiry 1' }).fill(LINE)
  await allSaved(host)
  return exportFile(host, testInfo, 'review-pack')
}

async function leadConsolidates(lead: Page, pack: string, testInfo: TestInfo): Promise<string> {
  await lead.getByRole('link', { name: 'Import a bundle' }).click()
  await importFile(lead, pack, /2 new records/)
  await lead.getByRole('button', { name: 'Open the review' }).click()
  await tab(lead, 'Feedback').click()
  await lead.getByRole('button', { name: 'Start the consolidated feedback' }).click()
  const card = lead.locator('details.line-card').filter({
    has: lead.locator('summary', { hasText: LINE }),
  })
  const fields = card.getByRole('group', { name: LINE, exact: true })
  await fields.getByLabel('Findings').fill(FINDINGS)
  await fields.getByLabel('Questions for reflection').fill(QUESTION)
  await allSaved(lead)
  await lead.getByRole('button', { name: 'Mark as ready' }).click()
  await expect(lead.getByText('Marked as ready to present.')).toBeVisible()
  await allSaved(lead)
  return exportFile(lead, testInfo, 'consolidated-feedback')
}

async function hostRunsTheWorkshop(host: Page) {
  await expect(host.getByText('Feedback ready — plan the workshop')).toBeVisible()
  await tab(host, 'Workshop').click()
  await expect(host.getByText(FINDINGS)).toBeVisible()
  await expect(host.getByText(QUESTION)).toBeVisible()
  await host.getByRole('button', { name: 'Start the workshop' }).click()
  await expect(host.getByText('Workshop started — agree one to three priorities')).toBeVisible()
  await host.getByLabel('Date of the workshop').fill(dayFromToday(0))
  await host.getByRole('button', { name: 'Add a group of participants' }).click()
  await host.getByLabel('Role', { exact: true }).fill('Teaching assistants')
  await host.getByLabel('How many').fill('6')
  await host.getByLabel('Question for reflection this idea answers').selectOption(QUESTION)
  await host.getByLabel('Idea', { exact: true }).fill('Say it to a partner before writing it')
  await host.locator('.jot').getByRole('button', { name: LINE }).click()
  await host.getByRole('button', { name: 'Add idea' }).click()
  await expect(host.getByText(`Answers: ${QUESTION}`)).toBeVisible()
  await host.getByRole('button', { name: 'Add a priority' }).click()
  await host.getByLabel('Priority', { exact: true }).fill(PRIORITY)
  await host.getByRole('group', { name: 'Priority 1' }).getByRole('button', { name: LINE }).click()
  await allSaved(host)
  await fitsThePhone(host)
  await host.getByRole('button', { name: `Add an action to ${PRIORITY}` }).click()

  await host.getByLabel('What will be done').fill(ACTION)
  await host.getByLabel('Who leads it').fill('Maths lead')
  await host.getByLabel('Starts on').fill(dayFromToday(-7))
  await host.getByLabel('Review on').fill(dayFromToday(2))
  await host.getByLabel('Success criteria').fill(CRITERIA)
  await host.getByRole('button', { name: 'Ask a partner school for support' }).click()
  await host.getByLabel('Partner school', { exact: true }).fill('Ash Primary')
  await host.getByLabel('Kind of support').selectOption({ label: 'A coaching partner' })
  await host.getByLabel('What exactly').fill('A coaching partner for Year 6')
  await allSaved(host)
  await fitsThePhone(host)
}

async function partnerChecksIn(partner: Page, file: string, testInfo: TestInfo): Promise<string> {
  await partner.getByRole('link', { name: 'Import a bundle' }).click()
  await importFile(partner, file, /new records/)
  await partner.getByRole('button', { name: 'Open the review' }).click()
  await tab(partner, 'Follow-up').click()
  await partner.getByRole('link', { name: new RegExp(ACTION) }).click()
  await expect(partner.getByLabel('What will be done')).toHaveValue(ACTION)
  await partner.getByRole('button', { name: 'Add a check-in' }).click()
  await expect(partner.getByLabel('By', { exact: true })).toHaveValue('Pat Partner')
  await partner.getByLabel('Status').selectOption({ label: 'Under way' })
  await partner.getByLabel('What was seen').fill(SEEN)
  await partner.getByLabel('Next step').fill('Second coaching session')
  await partner.getByRole('button', { name: 'Save the check-in' }).click()
  await expect(partner.getByText('Check-in saved.')).toBeVisible()
  await fitsThePhone(partner)
  return exportFile(partner, testInfo, 'partner-checkin')
}

async function hostPrintsThePlan(host: Page, testInfo: TestInfo) {
  await tab(host, 'Follow-up').click()
  await host.getByRole('link', { name: 'Open the improvement plan' }).click()
  await expect(host.getByRole('heading', { name: 'Improvement plan', level: 1 })).toBeVisible()
  await expect(host).toHaveTitle(`Improvement plan – ${SCHOOL}`)
  const priority = host.getByRole('region', { name: `Priority 1: ${PRIORITY}` })
  await expect(priority).toContainText(LINE)
  await expect(priority).toContainText(ACTION)
  await expect(priority).toContainText('Maths lead')
  await expect(priority).toContainText(CRITERIA)
  await expect(priority).toContainText(
    'Ash Primary — A coaching partner: A coaching partner for Year 6',
  )
  await expect(priority).toContainText(/Under way \(by Pat Partner\)/)
  await expect(priority).toContainText(SEEN)
  await fitsThePhone(host)

  // On paper: the plan alone, none of the app around it.
  await host.emulateMedia({ media: 'print' })
  await expect(host.locator('header.bar')).toBeHidden()
  await expect(host.locator('nav.tabs')).toBeHidden()
  await expect(host.getByRole('link', { name: 'Back to the follow-up' })).toBeHidden()
  const buttons = host.locator('button')
  for (let i = 0; i < (await buttons.count()); i++) await expect(buttons.nth(i)).toBeHidden()
  await expect(priority).toContainText(ACTION)
  const shot = testInfo.outputPath('improvement-plan-print.png')
  await host.screenshot({ fullPage: true, path: shot })
  await testInfo.attach('improvement-plan-print', { path: shot, contentType: 'image/png' })
  await host.emulateMedia({ media: 'screen' })
  await expect(host.locator('header.bar')).toBeVisible()
}

test('the improvement cycle: feedback, workshop, a partner’s check-in, the plan, the next review', async ({
  browser,
}, testInfo) => {
  const hostContext = await browser.newContext()
  const host = await person(hostContext, 'Hana Host', SCHOOL, 'Improvement Champion')
  const pack = await hostPlansTheReview(host, testInfo)

  const leadContext = await browser.newContext()
  const lead = await person(leadContext, 'Lee Lead', 'Oak Primary', 'Lead reviewer')
  const feedback = await leadConsolidates(lead, pack, testInfo)
  await leadContext.close()

  await tab(host, 'Share').click()
  await importFile(host, feedback, /1 new record/)
  await hostRunsTheWorkshop(host)
  const plan = await exportFile(host, testInfo, 'workshop-and-actions')
  const workshopBundle = JSON.parse(await readFile(plan, 'utf8')) as { version: number }
  expect(workshopBundle.version, 'the workshop’s kinds make a version 2 bundle').toBe(2)
  await host.getByRole('link', { name: 'Review Day' }).click()
  await expect(host.getByText('1 action to review this week')).toBeVisible()

  const partnerContext = await browser.newContext()
  const partner = await person(partnerContext, 'Pat Partner', 'Ash Primary', 'Reviewer')
  const checkin = await partnerChecksIn(partner, plan, testInfo)
  await partnerContext.close()

  await host.getByRole('link', { name: new RegExp(SCHOOL) }).click()
  await tab(host, 'Share').click()
  await importFile(host, checkin, /1 new record/)
  await expect(host.getByText('Follow-up — keep checking in on the actions')).toBeVisible()
  await tab(host, 'Follow-up').click()
  await host.getByRole('link', { name: new RegExp(ACTION) }).click()
  const item = host.getByRole('article', { name: /Under way$/ })
  await expect(item).toContainText(SEEN)
  await expect(item).toContainText(/By Pat Partner · recorded by Pat Partner \(Ash Primary\)/)

  await hostPrintsThePlan(host, testInfo)

  await host.getByRole('link', { name: 'Back to the follow-up' }).click()
  await host.getByRole('link', { name: 'Start the next review from this one' }).click()
  await expect(host.getByLabel('Host school')).toHaveValue(SCHOOL)
  await expect(host.getByLabel('Context')).toHaveValue(new RegExp(SEEN))
  await host.getByRole('button', { name: 'Create the next review' }).click()
  await expect(host.getByRole('textbox', { name: 'Line of enquiry 1' })).toHaveValue(LINE)
  await expect(host.getByRole('textbox', { name: 'Line of enquiry 2' })).toHaveValue(PRIORITY)
  await expect(host.getByText('Focus written — send the review pack to the team')).toBeVisible()
  await host.getByRole('link', { name: 'Review Day' }).click()
  await expect(host.getByRole('link', { name: new RegExp(SCHOOL) })).toHaveCount(2)
  await hostContext.close()
})
