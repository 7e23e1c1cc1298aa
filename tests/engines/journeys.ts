// The core browser journeys, described once and run in Chromium (Playwright, with the rest of the
// browser tests: tests/e2e/journeys.spec.ts), Firefox ESR (puppeteer-core over WebDriver BiDi) and
// WebKitGTK (selenium-webdriver with WebKitWebDriver): tests/engines/journeys.spec.ts. Each journey
// is what a person does, step by step, against the Driver in ./driver.ts, on the production build
// served from an origin of its own.
import { expect } from '@playwright/test'
import type { Driver, Journey } from './driver'
import { poll } from './poll'

const PASSPHRASE = 'maple river lantern'
const QUESTION = 'How well do pupils explain their reasoning?'
const TALK = 'Talk in maths'
const MARKING = 'Feedback and marking'
const NOTE_PAIRS = 'Pairs explain their methods to each other'
const NOTE_MARKING = 'Marking asks a question that pupils answer'
const VISIT = 'Year 5 · Maths · 5B'

interface Person {
  name: string
  school: string
  role: string
}
const ANN: Person = { name: 'Ann Reviewer', school: 'Oak Primary', role: 'Lead reviewer' }
const HANA: Person = { name: 'Hana Host', school: 'Elm Academy', role: 'Host school' }
const RHYS: Person = { name: 'Rhys Reviewer', school: 'Ash Primary', role: 'Reviewer' }

/** First run: the app asks who you are before anything else. */
async function sayWhoIAm(d: Driver, who: Person): Promise<void> {
  await d.goto('/')
  await d.seeRole('heading', 'Who are you?')
  await d.fill('Your name', who.name)
  await d.fill('Your school', who.school)
  await d.select('Your role', who.role)
  await d.click('button', 'Save')
  await d.seeRole('heading', 'Reviews')
}

/** Waits until what was typed is written: no "Saving…" left on the screen. */
async function allSaved(d: Driver): Promise<void> {
  await d.notSee('Saving…')
  await d.see('Saved', { role: 'status', hasText: 'Saved' })
}

/** A new review for Elm Academy, with its enquiry question and two lines of enquiry. */
async function reviewWithFocus(d: Driver): Promise<void> {
  await d.click('link', 'New review')
  await d.fill('Host school', 'Elm Academy')
  await d.fill('Cluster or partnership', 'North Cluster')
  await d.click('button', 'Create review')
  await d.fill('Enquiry question', QUESTION)
  await d.click('button', 'Add a line of enquiry')
  await d.fill('Line of enquiry 1', TALK)
  await d.fill('Prompts, one per line', 'How do pupils explain a method?')
  await d.click('button', 'Add a line of enquiry')
  await d.fill('Line of enquiry 2', MARKING)
  await allSaved(d)
}

/** A lesson visit with two notes, each tagged to a line of enquiry. Returns the visit's path. */
async function visitWithNotes(d: Driver): Promise<string> {
  await d.click('link', 'Visits')
  await d.click('button', 'Start a visit')
  await d.fill('Year group', 'Year 5')
  await d.fill('Subject', 'Maths')
  await d.fill('Class or group', '5B')
  await d.fill('Note', NOTE_PAIRS)
  await d.click('button', TALK)
  await d.click('button', 'Add note')
  await d.see(TALK, { role: 'listitem', hasText: NOTE_PAIRS })
  // A person types the next note once the box has emptied: the app empties it only after the note
  // is saved, and wipes whatever was typed before that (seen in Firefox on a busy machine).
  await d.expectValue('Note', '')
  await d.fill('Note', NOTE_MARKING)
  await d.click('button', MARKING)
  await d.click('button', 'Add note')
  await d.see(MARKING, { role: 'listitem', hasText: NOTE_MARKING })
  await d.expectValue('Note', '')
  await allSaved(d)
  return d.path()
}

/** The visit's notes are there with their lines of enquiry. */
async function expectVisitShown(d: Driver): Promise<void> {
  await d.seeRole('heading', VISIT)
  await d.see(TALK, { role: 'listitem', hasText: NOTE_PAIRS })
  await d.see(MARKING, { role: 'listitem', hasText: NOTE_MARKING })
}

/** Waits until the service worker controls the page, reloading once if it is active but not yet. */
async function serviceWorkerControls(d: Driver): Promise<void> {
  await d.evaluate(() => navigator.serviceWorker.ready.then(() => true))
  // The worker claims open pages when it activates; give that a moment before reloading.
  const controlled = await d.evaluate(
    () =>
      new Promise<boolean>((resolve) => {
        if (navigator.serviceWorker.controller) return resolve(true)
        navigator.serviceWorker.addEventListener('controllerchange', () => resolve(true), {
          once: true,
        })
        setTimeout(() => resolve(navigator.serviceWorker.controller !== null), 2_000)
      }),
  )
  if (controlled) return
  await d.reload()
  await poll('a service worker controls the page after a reload', async () =>
    (await d.evaluate(() => navigator.serviceWorker.controller !== null)) ? true : 'not yet',
  )
}

/** Exports the open review from Share: sealed with PASSPHRASE, or unsealed. Returns the file. */
async function exportReview(d: Driver, sealed: boolean) {
  await d.click('link', 'Share')
  if (sealed) {
    await d.fill('Passphrase', PASSPHRASE)
    await d.fill('Passphrase again', PASSPHRASE)
    await d.click('button', 'Seal and make the bundle')
    await d.see(/^Sealed bundle ready: review-day_\d{4}-\d{2}-\d{2}_sealed_[0-9a-f]{4}\.json/)
  } else {
    await d.check('Export without a passphrase')
    await d.see(/anyone who gets the file can read every note/)
    await d.click('button', 'Export this review')
    await d.see(/^Bundle ready: review-day_elm-academy_/)
  }
  await d.click('button', 'Share or save the file')
  const file = await d.nextDownload()
  // Only an unsealed file carries the school and the name (issue 10, item 11).
  expect(file.name).toMatch(
    sealed
      ? /^review-day_\d{4}-\d{2}-\d{2}_sealed_[0-9a-f]{4}\.json$/
      : /^review-day_elm-academy_\d{4}-\d{2}-\d{2}_[a-z-]+\.json$/,
  )
  await d.see(`Bundle saved to your downloads: ${file.name}.`)
  await d.see('Everything here has been exported.')
  return file
}

/** Chooses a bundle file and checks the preview before confirming the import. */
async function importWithPreview(d: Driver, path: string, from: Person, counts: string[]) {
  await d.upload('Choose a bundle file', path)
  await d.seeRole('heading', 'Import this bundle?')
  await d.see(`From ${from.name}, ${from.school}`)
  await d.see('Review: Elm Academy')
  for (const count of counts) await d.see(count)
  await d.click('button', 'Import')
  await d.see(new RegExp(`^Imported from ${from.name}:`))
}

export const journeys: Journey[] = [
  {
    name: 'first run: say who you are, and the profile stays',
    async run({ newProfile }) {
      const d = await newProfile('phone')
      await d.goto('/')
      await d.seeRole('heading', 'Who are you?')
      await d.click('button', 'Save')
      await d.see('Please give your name and your school.')
      await sayWhoIAm(d, ANN)
      await d.see(/^No reviews on this device yet/)
      await d.seeRole('button', 'Try a sample review')
      await d.reload()
      await d.seeRole('heading', 'Reviews')
      await d.click('link', 'Settings')
      await d.seeRole('heading', 'Settings')
      await d.expectValue('Your name', ANN.name)
      await d.expectValue('Your school', ANN.school)
      // Whether the browser promised to keep the data is the browser's choice: either sentence
      // is an honest answer. How much space is used, every engine here can tell.
      await d.seeRole('heading', 'Storage on this device')
      await d.see(/^This browser has (not )?promised to keep Review Day’s data/)
      await d.see(/^Using \d+\.\d MB of \d+\.\d MB available\.$/)
    },
  },
  {
    name: 'a review with its focus: enquiry question and lines of enquiry',
    async run({ newProfile }) {
      const d = await newProfile('phone')
      await sayWhoIAm(d, ANN)
      await reviewWithFocus(d)
      await d.reload()
      await d.expectValue('Enquiry question', QUESTION)
      await d.expectValue('Line of enquiry 1', TALK)
      await d.expectValue('Line of enquiry 2', MARKING)
      await d.click('link', 'Review Day')
      await d.click('link', /^Elm Academy/)
      await d.seeRole('heading', 'Lines of enquiry')
      await d.expectValue('Cluster or partnership', 'North Cluster')
    },
  },
  {
    name: 'a visit with notes survives a reload, and so does a note left half-typed in the journal',
    async run({ newProfile }) {
      const d = await newProfile('phone')
      await sayWhoIAm(d, ANN)
      await reviewWithFocus(d)
      await visitWithNotes(d)
      // As a page frozen and ended mid-sentence leaves it (src/README.md, "An edit, from a
      // keystroke to IndexedDB"): the note box's text in the journal only, for the next start.
      await d.evaluate(() => {
        const key = `jot:${location.pathname.split('/').pop()}`
        const text = 'Two pupils checked each other’s working'
        const entry = { type: 'draft', key, text, lines: [], at: new Date().toISOString() }
        localStorage.setItem(`review-day:unsaved:${key}`, JSON.stringify(entry))
        return true
      })
      await d.reload()
      await expectVisitShown(d)
      await d.expectValue('Note', 'Two pupils checked each other’s working')
      expect(
        await d.evaluate(() => Object.keys(localStorage).filter((k) => k.includes(':unsaved:'))),
      ).toEqual([])
      await d.click('link', 'Visits')
      await d.see(/2 notes · by you/, { role: 'link', hasText: VISIT })
    },
  },
  {
    name: 'offline: the app and a deep link open from the service worker with the server gone',
    async run({ newProfile, stopServer }) {
      const d = await newProfile('phone')
      await sayWhoIAm(d, ANN)
      await reviewWithFocus(d)
      const visit = await visitWithNotes(d)
      const review = visit.replace(/\/visits\/.*$/, '')
      await serviceWorkerControls(d)
      await stopServer()
      await d.reload()
      await expectVisitShown(d)
      await d.goto('/')
      await d.seeRole('link', /^Elm Academy/)
      // A screen this page never opened: only the service worker's app shell can answer.
      await d.goto(`${review}/evidence`)
      await d.seeRole('heading', 'Evidence')
      await d.goto(visit)
      await expectVisitShown(d)
      expect(await d.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true)
    },
  },
  {
    name: 'a sealed export opens on a second phone, after checking the preview',
    async run({ newProfile }) {
      const ann = await newProfile('first phone')
      await sayWhoIAm(ann, ANN)
      await reviewWithFocus(ann)
      await visitWithNotes(ann)
      const file = await exportReview(ann, true)
      expect(JSON.parse(file.text)).toMatchObject({ format: 'review-day.sealed', version: 1 })
      expect(file.text, 'a sealed file does not show the notes').not.toContain(NOTE_PAIRS)

      const rhys = await newProfile('second phone')
      await sayWhoIAm(rhys, RHYS)
      await rhys.click('link', 'Import a bundle')
      await rhys.upload('Choose a bundle file', file.path)
      await rhys.seeRole('heading', 'This bundle is sealed')
      await rhys.fill('Passphrase for this bundle', 'not the passphrase')
      await rhys.click('button', 'Open the bundle')
      await rhys.see(/^That passphrase does not open this bundle/)
      await rhys.fill('Passphrase for this bundle', PASSPHRASE)
      await rhys.click('button', 'Open the bundle')
      await rhys.seeRole('heading', 'Import this bundle?')
      await rhys.see(`From ${ANN.name}, ${ANN.school}`)
      await rhys.see('Review: Elm Academy')
      await rhys.see('3 new records')
      await rhys.see('0 conflicts to resolve')
      await rhys.click('button', 'Import')
      await rhys.see(/^Imported from Ann Reviewer: 3 new/)
      await rhys.click('button', 'Open the review')
      await rhys.see(/by Ann Reviewer \(Oak Primary\)/, { role: 'link', hasText: VISIT })
      await rhys.click('link', new RegExp(`^${VISIT}`))
      await expectVisitShown(rhys)
    },
  },
  {
    name: 'a conflict: two phones change the focus apart, and Share resolves it',
    async run({ newProfile }) {
      const hana = await newProfile('host phone')
      await sayWhoIAm(hana, HANA)
      await reviewWithFocus(hana)
      const pack = await exportReview(hana, false)

      const rhys = await newProfile('reviewer phone')
      await sayWhoIAm(rhys, RHYS)
      await rhys.click('link', 'Import a bundle')
      await importWithPreview(rhys, pack.path, HANA, ['2 new records', '0 conflicts to resolve'])
      await rhys.click('button', 'Open the review')
      await rhys.click('link', 'Focus')
      await rhys.fill('Enquiry question', 'Question by Rhys')
      await allSaved(rhys)
      const fromRhys = await exportReview(rhys, false)

      await hana.click('link', 'Focus')
      await hana.fill('Enquiry question', 'Question by Hana')
      await allSaved(hana)
      await hana.click('link', 'Share')
      await importWithPreview(hana, fromRhys.path, RHYS, ['1 conflict to resolve'])
      await hana.click('link', /^The focus changed by/)
      await hana.seeRole('heading', 'Resolve a conflict')
      await hana.see('Question by Hana')
      await hana.see('Question by Rhys')
      await hana.click('button', /^Keep the version by Rhys Reviewer/)
      await hana.see('Conflict resolved.')
      await hana.click('link', 'Focus')
      await hana.expectValue('Enquiry question', 'Question by Rhys')
      await hana.click('link', 'Share')
      await hana.see(/^No conflicts/)
      await hana.reload()
      await hana.see(/^No conflicts/)
    },
  },
]
