import { readFile } from 'node:fs/promises'
import type { Browser, Locator, Page, TestInfo } from '@playwright/test'
import { expect, firstRun, test } from './fixtures'

// The whole review day on phones (the README's "Using it on review day"): the host plans and sends the review pack, a
// reviewer takes notes through the day and drafts feedback, the host (acting as lead reviewer)
// brings it together and prints the report. One browser context per person, real files between
// them: downloads saved to disk and uploaded through the file input.
const PHONE = { width: 390, height: 844 }
test.use({ viewport: PHONE })
test.describe.configure({ timeout: 300_000 })

const PASSPHRASE = 'maple river lantern'
const QUESTION = 'How well do pupils explain their reasoning in mathematics?'
const CONTEXT = 'Our self-evaluation shows pupils get answers right but struggle to say why.'
const TALK = 'Talk in maths'
const MARKING = 'Feedback and marking'
const TALK_PROMPT = 'How do pupils explain a method?'
const TALK_PROMPTS = [TALK_PROMPT, 'What helps pupils to explain?']
const MARKING_PROMPT = 'How do pupils use written feedback?'
const HOST = { name: 'Hana Host', school: 'Elm Academy', role: 'Host school' }
const REVIEWER = { name: 'Rhys Reviewer', school: 'Ash Primary', role: 'Reviewer' }

const NOTE_PAIRS = 'Pairs explain their methods using sentence stems'
const NOTE_MARKING = 'Marking asks a question that pupils answer in green pen'
const NOTE_WALL = 'Working walls show worked examples and key vocabulary'
const ANSWER_TALK = 'They said talk partners help them check their thinking'
const ANSWER_MARKING = 'They read the question in the margin and fix their mistake'
const FREE_NOTE = 'Pupils were keen to show their books'

const FINDINGS_TALK =
  'In every lesson seen, pupils explained their methods to a partner using sentence stems. This is outstanding practice.'
const STRENGTHS_TALK = 'Sentence stems are used consistently in Year 5.'
const QUESTIONS_TALK = 'How might stems be adapted as pupils become more fluent?'
const FINDINGS_MARKING = 'Pupils respond to questions in marking during the lesson.'
const QUESTIONS_MARKING = 'What difference do responses to marking make over a week?'

/** A full-page screenshot of the screen as it is now, saved and attached under `name`. */
async function screen(page: Page, testInfo: TestInfo, name: string) {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  // Saved as a file in the test's output folder (an artefact of the run) and attached to the report.
  const path = testInfo.outputPath(`${name}.png`)
  await page.screenshot({ fullPage: true, path })
  await testInfo.attach(name, { path, contentType: 'image/png' })
  const width = await page.evaluate(() => document.documentElement.scrollWidth)
  expect
    .soft(width, `nothing on "${name}" overflows the phone’s width`)
    .toBeLessThanOrEqual(PHONE.width)
}

async function person(browser: Browser, who: typeof HOST, testInfo: TestInfo, tag: string) {
  const context = await browser.newContext({ viewport: PHONE })
  const page = await context.newPage()
  await page.goto('/')
  await firstRun(page, who, () => screen(page, testInfo, `${tag}-who-are-you`))
  await screen(page, testInfo, `${tag}-reviews-empty`)
  return { context, page }
}

/** Waits until every autosave on the screen has written what was typed. */
async function allSaved(page: Page) {
  await expect(page.getByRole('status').filter({ hasText: /^Saving…$/ })).toHaveCount(0)
  await expect(
    page.getByRole('alert').filter({ hasText: /not saved|could not be saved/ }),
  ).toHaveCount(0)
}

/** Exports the review sealed with PASSPHRASE and saves the downloaded file. */
async function exportSealed(page: Page, testInfo: TestInfo, tag: string): Promise<string> {
  await tab(page, 'Share').click()
  await expect(page.getByRole('heading', { name: 'Share', level: 1 })).toBeVisible()
  await expect(page.getByText(/records? changed since you last exported/)).toBeVisible()
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE)
  await page.getByLabel('Passphrase again').fill(PASSPHRASE)
  await page.getByRole('button', { name: 'Seal and make the bundle' }).click()
  await expect(page.getByText(/Sealed bundle ready/)).toBeVisible({ timeout: 30_000 })
  await screen(page, testInfo, `${tag}-share-sealed`)
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Share or save the file' }).click(),
  ])
  expect(download.suggestedFilename()).toMatch(
    /^review-day_\d{4}-\d{2}-\d{2}_sealed_[0-9a-f]{4}\.json$/,
  )
  const path = testInfo.outputPath(`${tag}.json`)
  await download.saveAs(path)
  await expect(page.getByText('Everything here has been exported.')).toBeVisible()
  const text = await readFile(path, 'utf8')
  expect(text, 'the file is sealed').toContain('"review-day.sealed"')
  expect(text, 'no note is readable in a sealed file').not.toContain('Pairs explain')
  return path
}

/** Chooses a sealed bundle, opens it with PASSPHRASE and imports it after the preview. */
async function importSealed(
  page: Page,
  path: string,
  expected: { from: string; counts: RegExp },
  testInfo: TestInfo,
  tag: string,
) {
  await page.getByLabel('Choose a bundle file').setInputFiles(path)
  await expect(page.getByRole('heading', { name: 'This bundle is sealed' })).toBeVisible()
  await page.getByLabel('Passphrase for this bundle').fill(PASSPHRASE)
  await page.getByRole('button', { name: 'Open the bundle' }).click()
  await expect(page.getByRole('heading', { name: 'Import this bundle?' })).toBeVisible({
    timeout: 30_000,
  })
  await expect(page.getByText(`From ${expected.from}`)).toBeVisible()
  await expect(page.getByText(expected.counts)).toBeVisible()
  await screen(page, testInfo, `${tag}-import-preview`)
  await page.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(page.getByText(/^Imported from/)).toBeVisible()
}

/** A section of the review, from its tabs. */
function tab(page: Page, name: string): Locator {
  return page
    .getByRole('navigation', { name: 'Review sections' })
    .getByRole('link', { name, exact: true })
}

/** The card of one line of enquiry on a feedback screen. */
function lineCard(page: Page, title: string): Locator {
  return page.locator('details.line-card').filter({
    has: page.locator('summary', { hasText: title }),
  })
}

/** Links the note with `text` to the findings of the open line card. */
async function link(card: Locator, text: string) {
  const box = card
    .getByRole('listitem')
    .filter({ hasText: text })
    .getByRole('checkbox', { name: 'Link to this finding' })
  await box.check()
  await expect(box).toBeChecked()
}

async function addNote(page: Page, text: string, line: string | null) {
  await page.getByLabel('Note', { exact: true }).fill(text)
  if (line) await page.getByRole('button', { name: line, exact: true }).click()
  await page.getByRole('button', { name: 'Add note' }).click()
  const note = page.getByRole('listitem').filter({ hasText: text })
  await expect(note).toBeVisible()
  if (line) await expect(note.getByText(line, { exact: true })).toBeVisible()
  await expect(page.getByLabel('Note', { exact: true })).toHaveValue('')
}

test('the whole review day: plan, visit, talk, draft, consolidate and print', async ({
  browser,
}, testInfo) => {
  // ── The host school plans the review and sends the pack ──────────────────────────────────
  const { context: hostContext, page: host } = await person(browser, HOST, testInfo, 'host')
  let reviewPath = ''
  await test.step('host creates the review', async () => {
    await host.getByRole('link', { name: 'New review' }).click()
    await host.getByLabel('Host school').fill('Elm Academy')
    await host.getByLabel('Cluster or partnership').fill('North Cluster')
    await host.getByLabel('First day').fill('2026-12-01')
    await host.getByLabel('Last day').fill('2026-12-01')
    await screen(host, testInfo, 'host-new-review')
    await host.getByRole('button', { name: 'Create review' }).click()
    await expect(host.getByRole('heading', { name: 'Focus', level: 1 })).toBeVisible()
    reviewPath = new URL(host.url()).pathname.replace(/\/focus$/, '')
    expect(reviewPath).toMatch(/^\/reviews\/[0-9a-f-]{36}$/)
  })

  await test.step('host writes the focus, the team and the schedule', async () => {
    await host.getByLabel('Enquiry question').fill(QUESTION)
    await host.getByLabel(/^Context from the school/).fill(CONTEXT)
    for (const [i, title, prompts] of [
      [1, TALK, TALK_PROMPTS],
      [2, MARKING, [MARKING_PROMPT]],
    ] as const) {
      await host.getByRole('button', { name: 'Add a line of enquiry' }).click()
      const line = host.getByRole('group', { name: `Line of enquiry ${i}` })
      await line.getByRole('textbox', { name: `Line of enquiry ${i}` }).fill(title)
      await line.getByLabel('Prompts, one per line').fill(prompts.join('\n'))
    }
    await host.getByRole('button', { name: 'Add evidence to collect' }).click()
    const evidence = host.getByRole('group', { name: 'Evidence 1' })
    await evidence.getByLabel('Activity').selectOption({ label: 'Lesson visit' })
    await evidence.getByLabel('What and where').fill('Year 5 and 6 maths lessons')
    await evidence.getByLabel('Who is involved').fill('Rhys with the maths lead')

    // The host is on the team already, as the one who made the review.
    await expect(host.getByRole('group', { name: 'Team member 1' }).getByLabel('Name')).toHaveValue(
      HOST.name,
    )
    await host.getByRole('button', { name: 'Add a team member' }).click()
    const member = host.getByRole('group', { name: 'Team member 2' })
    await member.getByLabel('Name').fill(REVIEWER.name)
    await member.getByLabel('School').fill(REVIEWER.school)
    await member.getByLabel('Role').selectOption({ label: 'Reviewer' })

    for (const [i, time, activity, place, who] of [
      [1, '09:15', 'Year 5 maths lesson', 'Room 5B', REVIEWER.name],
      [2, '10:30', 'Learning walk', 'Key stage 2 corridor', REVIEWER.name],
      [3, '11:00', 'Meeting with the head', 'Office', HOST.name],
    ] as const) {
      await host.getByRole('button', { name: 'Add a slot' }).click()
      const slot = host.getByRole('group', { name: `Slot ${i}` })
      await slot.getByLabel('Time').fill(time)
      await slot.getByLabel('Activity').fill(activity)
      await slot.getByLabel('Place').fill(place)
      const chip = slot.getByRole('group', { name: 'Reviewers' }).getByRole('button', { name: who })
      await chip.click()
      await expect(chip).toHaveAttribute('aria-pressed', 'true')
    }
    await host.getByLabel('Stage').selectOption({ label: 'Review day' })
    await allSaved(host)
    await expect(host.getByRole('status').filter({ hasText: /^Saved$/ })).toHaveCount(2)
    await screen(host, testInfo, 'host-focus')
  })

  const pack = await test.step('host exports the review pack', () =>
    exportSealed(host, testInfo, 'host-review-pack'))

  // ── The reviewer's day ───────────────────────────────────────────────────────────────────
  const { context: reviewerContext, page: reviewer } = await person(
    browser,
    REVIEWER,
    testInfo,
    'reviewer',
  )
  await test.step('reviewer imports the pack and sees their schedule', async () => {
    await reviewer.getByRole('link', { name: 'Import a bundle' }).click()
    await expect(reviewer.getByRole('heading', { name: 'Import a bundle', level: 1 })).toBeVisible()
    await importSealed(
      reviewer,
      pack,
      { from: 'Hana Host, Elm Academy', counts: /2 new records/ },
      testInfo,
      'reviewer',
    )
    await reviewer.getByRole('button', { name: 'Open the review' }).click()
    await expect(reviewer.getByRole('heading', { name: 'Visits', level: 1 })).toBeVisible()
    expect(new URL(reviewer.url()).pathname).toBe(`${reviewPath}/visits`)

    const schedule = reviewer.locator('details').filter({
      has: reviewer.locator('summary', { hasText: 'Your schedule' }),
    })
    await expect(schedule).toBeVisible()
    const slots = schedule.getByRole('listitem')
    await expect(slots).toHaveText([
      '09:15 · Year 5 maths lesson · Room 5B',
      '10:30 · Learning walk · Key stage 2 corridor',
    ])
    await expect(reviewer.getByText('Meeting with the head')).toHaveCount(0)
    await screen(reviewer, testInfo, 'reviewer-visits-schedule')
  })

  await test.step('reviewer visits a lesson', async () => {
    await reviewer.getByLabel('Kind of visit').selectOption({ label: 'Lesson visit' })
    await reviewer.getByRole('button', { name: 'Start a visit' }).click()
    await reviewer.getByLabel('Year group').fill('Year 5')
    await reviewer.getByLabel('Subject').fill('Maths')
    await reviewer.getByLabel('Class or group').fill('5B')
    await reviewer.getByLabel('Place', { exact: true }).fill('Room 5B')
    await expect(reviewer.getByRole('heading', { name: 'Year 5 · Maths · 5B' })).toBeVisible()
    await addNote(reviewer, NOTE_PAIRS, TALK)
    await addNote(reviewer, NOTE_MARKING, MARKING)
    await reviewer.getByLabel('Summary').fill('Talk is planned into each part of the lesson.')
    await reviewer.getByRole('button', { name: 'End visit' }).click()
    await expect(reviewer.getByText(/^Visit ended at/)).toBeVisible()
    await allSaved(reviewer)
    await screen(reviewer, testInfo, 'reviewer-lesson-visit')
  })

  await test.step('reviewer goes on a learning walk', async () => {
    await tab(reviewer, 'Visits').click()
    await reviewer.getByLabel('Kind of visit').selectOption({ label: 'Learning walk' })
    await reviewer.getByRole('button', { name: 'Start a visit' }).click()
    await reviewer.getByLabel('Year group').fill('Years 3 to 6')
    await reviewer.getByLabel('Subject').fill('Maths')
    await reviewer.getByLabel('Place', { exact: true }).fill('Key stage 2 corridor')
    await expect(reviewer.getByLabel('Kind of visit')).toHaveValue('learning-walk')
    await addNote(reviewer, NOTE_WALL, TALK)
    await allSaved(reviewer)
    await screen(reviewer, testInfo, 'reviewer-learning-walk')

    await tab(reviewer, 'Visits').click()
    const visits = reviewer.getByRole('list', { name: 'Visits' })
    await expect(visits.getByRole('link', { name: /Year 5 · Maths · 5B/ })).toContainText(
      'Lesson visit',
    )
    await expect(visits.getByRole('link', { name: /Year 5 · Maths · 5B/ })).toContainText('2 notes')
    await expect(visits.getByRole('link', { name: /Years 3 to 6/ })).toContainText('Learning walk')
    const coverage = reviewer.getByRole('table')
    await expect(coverage.getByRole('row', { name: new RegExp(TALK) })).toContainText('2')
    await expect(coverage.getByRole('row', { name: new RegExp(MARKING) })).toContainText('1')
    await screen(reviewer, testInfo, 'reviewer-visits-list')
  })

  await test.step('reviewer talks with pupils', async () => {
    await tab(reviewer, 'Conversations').click()
    await expect(reviewer.getByRole('heading', { name: 'Conversations', level: 1 })).toBeVisible()
    await screen(reviewer, testInfo, 'reviewer-conversations-empty')
    await reviewer.getByLabel('Conversation with').selectOption({ label: 'Pupils' })
    await reviewer.getByRole('button', { name: 'Start a conversation' }).click()
    await reviewer.getByLabel('Group', { exact: true }).fill('Year 5, four pupils')
    await reviewer.getByLabel('How many people').fill('4')
    await expect(reviewer.getByRole('heading', { name: 'Year 5, four pupils' })).toBeVisible()

    const cards = reviewer.getByRole('article')
    await expect(cards).toHaveCount(3)
    await expect(cards.nth(0)).toContainText('Prompt 1 of 3')
    const card = (prompt: string) => cards.filter({ hasText: prompt })
    await expect(card(TALK_PROMPT).getByText(TALK)).toBeVisible()
    await card(TALK_PROMPT).getByLabel('Response').fill(ANSWER_TALK)
    await card(MARKING_PROMPT).getByLabel('Response').fill(ANSWER_MARKING)
    await addNote(reviewer, FREE_NOTE, null)
    await allSaved(reviewer)
    await screen(reviewer, testInfo, 'reviewer-conversation')

    await tab(reviewer, 'Conversations').click()
    await expect(reviewer.getByRole('link', { name: /Year 5, four pupils/ })).toContainText(
      '3 responses',
    )
    await screen(reviewer, testInfo, 'reviewer-conversations-list')
  })

  await test.step('reviewer searches the evidence', async () => {
    await tab(reviewer, 'Evidence').click()
    await expect(reviewer.getByRole('heading', { name: 'Evidence', level: 1 })).toBeVisible()
    const count = reviewer.getByRole('status').filter({ hasText: /^\d+ notes?$/ })
    await expect(count).toHaveText('6 notes')
    await reviewer.getByLabel('Search notes').fill('talk partners')
    await expect(count).toHaveText('1 note')
    await expect(reviewer.getByText(ANSWER_TALK)).toBeVisible()
    await expect(reviewer.getByText(/Conversation with pupils · you/)).toBeVisible()
    await reviewer.getByLabel('Search notes').fill('')
    await reviewer.getByLabel('Line of enquiry').selectOption({ label: MARKING })
    await expect(count).toHaveText('2 notes')
    await expect(reviewer.getByText(NOTE_MARKING)).toBeVisible()
    await expect(reviewer.getByText(ANSWER_MARKING)).toBeVisible()
    await reviewer.getByLabel('Search notes').fill('5B')
    await expect(count).toHaveText('1 note')
    await screen(reviewer, testInfo, 'reviewer-evidence')
  })

  await test.step('reviewer drafts feedback and marks it ready', async () => {
    await tab(reviewer, 'Feedback').click()
    await expect(reviewer.getByRole('heading', { name: 'Feedback', level: 1 })).toBeVisible()
    await screen(reviewer, testInfo, 'reviewer-feedback')
    await reviewer.getByRole('button', { name: 'Start my feedback draft' }).click()
    await expect(reviewer.getByRole('heading', { name: 'Your feedback draft' })).toBeVisible()

    const talk = lineCard(reviewer, TALK)
    await expect(talk.getByText('3 notes tagged to this line')).toBeVisible()
    await link(talk, NOTE_PAIRS)
    await link(talk, ANSWER_TALK)
    const talkFields = talk.getByRole('group', { name: TALK, exact: true })
    await talkFields.getByLabel('Findings').fill(FINDINGS_TALK)
    // A grading word gets a gentle hint, and the text is saved all the same.
    await expect(talk.getByText(/Consider rephrasing “outstanding”/)).toBeVisible()
    await talkFields.getByLabel('Strengths').fill(STRENGTHS_TALK)
    await talkFields.getByLabel('Questions for reflection').fill(QUESTIONS_TALK)
    await expect(talk.getByText(/2 linked/)).toBeVisible()

    const marking = lineCard(reviewer, MARKING)
    await marking.locator('summary').first().click()
    await link(marking, NOTE_MARKING)
    const markingFields = marking.getByRole('group', { name: MARKING, exact: true })
    await markingFields.getByLabel('Findings').fill(FINDINGS_MARKING)
    await markingFields.getByLabel('Questions for reflection').fill(QUESTIONS_MARKING)
    await reviewer
      .getByLabel('Summary')
      .fill('Talk helps pupils explain; marking prompts them to think again.')
    await allSaved(reviewer)
    await reviewer.getByRole('button', { name: 'Mark as ready' }).click()
    await expect(reviewer.getByText('Marked as ready.')).toBeVisible()
    await allSaved(reviewer)
    await screen(reviewer, testInfo, 'reviewer-feedback-draft')

    // Saved with the grading word in it: it is there after a reload.
    await reviewer.reload()
    await expect(lineCard(reviewer, TALK).getByLabel('Findings')).toHaveValue(FINDINGS_TALK)
    await expect(reviewer.getByText('Marked as ready.')).toBeVisible()
    await reviewer.getByRole('link', { name: 'All feedback' }).click()
    await expect(reviewer.getByRole('link', { name: /Your feedback draft/ })).toContainText('Ready')
  })

  const fromReviewer = await test.step('reviewer exports their work', () =>
    exportSealed(reviewer, testInfo, 'reviewer-bundle'))
  await reviewerContext.close()

  // ── The host, acting as lead reviewer, brings it together ────────────────────────────────
  await test.step('host imports the reviewer’s bundle', async () => {
    await tab(host, 'Share').click()
    await importSealed(
      host,
      fromReviewer,
      { from: 'Rhys Reviewer, Ash Primary', counts: /4 new records/ },
      testInfo,
      'host',
    )
    await expect(host.getByText(/2 unchanged/)).toBeVisible()
    await expect(host.getByText('No conflicts: everyone’s changes fitted together.')).toBeVisible()
    await expect(host.getByRole('region', { name: 'Import history' })).toContainText(
      'Rhys Reviewer (Ash Primary)',
    )
    await screen(host, testInfo, 'host-share-imported')
    await tab(host, 'Visits').click()
    await expect(host.getByRole('link', { name: /Year 5 · Maths · 5B/ })).toContainText(
      'Rhys Reviewer (Ash Primary)',
    )
    await screen(host, testInfo, 'host-visits')
  })

  await test.step('host consolidates the feedback and marks it ready', async () => {
    await tab(host, 'Feedback').click()
    await expect(host.getByRole('link', { name: /Draft by Rhys Reviewer/ })).toContainText('Ready')
    await host.getByRole('button', { name: 'Start the consolidated feedback' }).click()
    await expect(
      host.getByRole('heading', { name: 'Consolidated feedback', level: 1 }),
    ).toBeVisible()

    const talk = lineCard(host, TALK)
    const theirs = talk.getByRole('article').filter({ hasText: 'Draft by Rhys Reviewer' })
    await expect(theirs).toContainText(FINDINGS_TALK)
    await expect(theirs).toContainText('They linked 2 notes')
    await theirs.getByRole('button', { name: 'Add to consolidated findings' }).click()
    await expect(theirs.getByText('In the consolidated findings.')).toBeVisible()
    await theirs.getByRole('button', { name: 'Add to consolidated questions' }).click()
    await expect(theirs.getByText('In the consolidated questions.')).toBeVisible()
    const talkFields = talk.getByRole('group', { name: TALK, exact: true })
    await expect(talkFields.getByLabel('Findings')).toHaveValue(FINDINGS_TALK)
    await expect(talkFields.getByLabel('Questions for reflection')).toHaveValue(QUESTIONS_TALK)
    // Their evidence came with their words.
    await talk.locator('details.evidence > summary').click()
    await expect(talk.getByText(/2 linked/)).toBeVisible()
    await expect(
      talk
        .getByRole('listitem')
        .filter({ hasText: NOTE_PAIRS })
        .getByRole('checkbox', { name: 'Link to this finding' }),
    ).toBeChecked()
    // The lead rephrases the grading word; the hint goes.
    await expect(talk.getByText(/Consider rephrasing “outstanding”/)).toBeVisible()
    await talkFields
      .getByLabel('Findings')
      .fill(FINDINGS_TALK.replace('This is outstanding practice.', 'Pupils could say why.'))
    await expect(talk.getByText(/Consider rephrasing/)).toHaveCount(0)

    const marking = lineCard(host, MARKING)
    await marking.locator('summary').first().click()
    const theirMarking = marking.getByRole('article').filter({ hasText: 'Draft by Rhys Reviewer' })
    await theirMarking.getByRole('button', { name: 'Add to consolidated findings' }).click()
    await theirMarking.getByRole('button', { name: 'Add to consolidated questions' }).click()
    await expect(
      marking.getByRole('group', { name: MARKING, exact: true }).getByLabel('Findings'),
    ).toHaveValue(FINDINGS_MARKING)

    await host
      .getByLabel('Summary')
      .fill('Pupils explain their reasoning well when talk is planned.')
    await allSaved(host)
    await host.getByRole('button', { name: 'Mark as ready' }).click()
    await expect(host.getByText('Marked as ready to present.')).toBeVisible()
    await allSaved(host)
    await screen(host, testInfo, 'host-consolidated-feedback')
  })

  await test.step('host opens the printable report', async () => {
    await host.getByRole('link', { name: 'Open the printable report' }).click()
    await expect(
      host.getByRole('heading', { name: 'Peer review feedback', level: 1 }),
    ).toBeVisible()
    expect(new URL(host.url()).pathname).toBe(`${reviewPath}/report`)
    await expect(host).toHaveTitle('Peer review feedback – Elm Academy')

    const report = host.getByRole('article')
    const fact = (term: string) =>
      report.locator('dt', { hasText: term }).locator('xpath=following-sibling::dd[1]')
    await expect(fact('School')).toHaveText('Elm Academy')
    await expect(fact('Cluster or partnership')).toHaveText('North Cluster')
    await expect(
      report.getByRole('region', { name: 'Enquiry question' }).getByText(QUESTION),
    ).toBeVisible()
    await expect(report.getByText(CONTEXT)).toBeVisible()
    const team = report.getByRole('region', { name: 'Review team' })
    await expect(team.getByRole('row', { name: /Rhys Reviewer/ })).toContainText('Ash Primary')
    await expect(team.getByRole('row', { name: /Hana Host/ })).toContainText('Host school')
    await expect(report.getByText(/still a draft/)).toHaveCount(0)

    const talk = report.getByRole('region', { name: `1. ${TALK}` })
    await expect(talk.getByRole('heading', { name: 'Findings' })).toBeVisible()
    await expect(talk).toContainText('pupils explained their methods to a partner')
    await expect(talk).not.toContainText('outstanding')
    await expect(talk.getByRole('heading', { name: 'Questions for reflection' })).toBeVisible()
    await expect(talk).toContainText(QUESTIONS_TALK)
    await expect(talk).toContainText(
      'Evidence: 2 pieces of evidence from 2 activities, linked to these findings.',
    )
    const marking = report.getByRole('region', { name: `2. ${MARKING}` })
    await expect(marking).toContainText(FINDINGS_MARKING)
    await expect(marking).toContainText(QUESTIONS_MARKING)
    await expect(marking).toContainText(
      'Evidence: 1 piece of evidence from 1 activity, linked to these findings.',
    )
    await expect(report.getByRole('region', { name: 'Summary' })).toContainText(
      'Pupils explain their reasoning well when talk is planned.',
    )
    await screen(host, testInfo, 'host-report')

    // On paper: the report alone, none of the app around it.
    await host.emulateMedia({ media: 'print' })
    await expect(host.locator('header.bar')).toBeHidden()
    await expect(host.locator('nav.tabs')).toBeHidden()
    await expect(host.locator('.review-name')).toBeHidden()
    await expect(host.getByRole('link', { name: 'Back to feedback' })).toBeHidden()
    const buttons = host.locator('button')
    for (let i = 0; i < (await buttons.count()); i++) await expect(buttons.nth(i)).toBeHidden()
    await expect(report.getByText(QUESTION)).toBeVisible()
    await expect(talk).toContainText(QUESTIONS_TALK)
    const print = testInfo.outputPath('host-report-print.png')
    await host.screenshot({ fullPage: true, path: print })
    await testInfo.attach('host-report-print', { path: print, contentType: 'image/png' })
    await host.emulateMedia({ media: 'screen' })
    await expect(host.locator('header.bar')).toBeVisible()
  })
  await hostContext.close()
})
