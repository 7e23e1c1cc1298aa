import type { BrowserContext, Page } from '@playwright/test'
import { expect, firstRun, test } from './fixtures'

// Review Day open in several tabs of one browser: one database, many connections (src/README.md, "Offline and durability").
test.describe.configure({ timeout: 120_000 })

const BANNER = 'Review Day was opened in a newer version in another tab'

/** Profile → review → one line of enquiry → a visit with one tagged note. Returns its path. */
async function visitWithNote(page: Page): Promise<string> {
  await page.goto('/')
  await firstRun(page)
  await page.getByRole('link', { name: 'New review' }).click()
  await page.getByLabel('Host school').fill('Elm Academy')
  await page.getByRole('button', { name: 'Create review' }).click()
  await page.getByRole('button', { name: 'Add a line of enquiry' }).click()
  await page.getByRole('textbox', { name: 'Line of enquiry 1' }).fill('Talk in maths')
  await expect(page.getByRole('status').getByText('Saved').last()).toBeVisible()
  await page.getByRole('link', { name: 'Visits' }).click()
  await page.getByRole('button', { name: 'Start a visit' }).click()
  await page.getByLabel('Year group').fill('Year 5')
  await page.getByLabel('Note', { exact: true }).fill('Pairs explain their methods')
  await page.getByRole('button', { name: 'Talk in maths' }).click()
  await page.getByRole('button', { name: 'Add note' }).click()
  await expect(
    page.getByRole('listitem').filter({ hasText: 'Pairs explain their methods' }),
  ).toBeVisible()
  await expect(page.getByRole('status').getByText('Saved')).toBeVisible()
  return new URL(page.url()).pathname
}

/** The banner that asks to reload this tab because another tab took the database. */
function reloadBanner(page: Page) {
  return page.getByRole('alert').filter({ has: page.getByRole('button', { name: 'Reload' }) })
}

/** A page of the app's origin that does not run the app: only raw IndexedDB is used there. */
async function bareTab(context: BrowserContext): Promise<Page> {
  const page = await context.newPage()
  await page.goto('/icon-192.png')
  return page
}

/**
 * Opens 'review-day' at `version` with an upgrade that changes nothing, keeping the connection
 * open on `window.__other`. While `window.__hold` is true the upgrade transaction is kept busy, so
 * the upgrade stays in progress until the test lets it go. Resolves with the version opened (0 when
 * it was still waiting after 30 s) and whether it was ever blocked.
 */
function openNewerVersion(page: Page, version: number, hold = false) {
  return page.evaluate(
    ({ version, hold }) =>
      new Promise<{ opened: number; blocked: boolean }>((resolve, reject) => {
        const w = window as unknown as { __other?: IDBDatabase; __hold?: boolean }
        w.__hold = hold
        let blocked = false
        // Blocked for good means the app's tab never let go of its connection: fail, don't hang.
        const deadline = setTimeout(() => resolve({ opened: 0, blocked }), 30_000)
        const request = indexedDB.open('review-day', version)
        request.onblocked = () => {
          blocked = true
        }
        request.onerror = () => reject(request.error)
        request.onupgradeneeded = () => {
          clearTimeout(deadline)
          const tx = request.transaction as IDBTransaction
          const keepBusy = () => {
            if (!w.__hold) return
            tx.objectStore('meta').count().onsuccess = keepBusy
          }
          keepBusy()
        }
        request.onsuccess = () => {
          w.__other = request.result
          resolve({ opened: request.result.version, blocked })
        }
      }),
    { version, hold },
  )
}

test('a note changed in one tab shows at once in another tab', async ({ context }) => {
  const first = await context.newPage()
  const visitUrl = await visitWithNote(first)
  const reviewUrl = visitUrl.replace(/\/visits\/.+$/, '')

  const second = await context.newPage()
  await second.goto(visitUrl)
  await second.getByRole('button', { name: /^Edit note at/ }).click()
  await second.getByLabel(/^Note at/).fill('Pairs explain their methods, then write them down')
  await second.getByRole('button', { name: 'Done' }).click()
  await expect(second.getByRole('status').getByText('Saved')).toBeVisible()

  // The first tab, untouched, follows the database.
  await expect(first.getByText('Pairs explain their methods, then write them down')).toBeVisible({
    timeout: 20_000,
  })

  // A note added in the second tab shows in the first tab's list of visits and evidence.
  await first.goto(`${reviewUrl}/visits`)
  await expect(first.getByRole('link', { name: /Year 5/ })).toContainText('1 note')
  await second.getByLabel('Note', { exact: true }).fill('Marking asks questions')
  await second.getByRole('button', { name: 'Add note' }).click()
  await expect(
    second.getByRole('listitem').filter({ hasText: 'Marking asks questions' }),
  ).toBeVisible()
  await expect(first.getByRole('link', { name: /Year 5/ })).toContainText('2 notes', {
    timeout: 20_000,
  })
  await expect(first.getByRole('table').getByRole('row', { name: /Talk in maths/ })).toContainText(
    '1',
  )
  await expect(first.getByRole('table').getByRole('row', { name: /Not tagged/ })).toContainText('1')
})

test('a newer version opening the database in another tab is not blocked, and this tab asks to reload', async ({
  context,
}) => {
  const app = await context.newPage()
  const visitUrl = await visitWithNote(app)
  const other = await bareTab(context)

  // The app's tab closes its connection at once, so the newer version is not blocked.
  const result = await openNewerVersion(other, 1000)
  expect(result).toEqual({ opened: 1000, blocked: false })

  await expect(reloadBanner(app)).toBeVisible()
  await expect(reloadBanner(app).getByRole('button', { name: 'Reload' })).toBeVisible()
  expect(new URL(app.url()).pathname).toBe(visitUrl)
})

test('the banner says that a newer version was opened in another tab', async ({ context }) => {
  // src/db/lifecycle.ts records 'closed-by-other-tab' before it closes the database, so the
  // 'close' event that follows must not replace it with the vaguer "lost access to its storage".
  const app = await context.newPage()
  await app.goto('/')
  await firstRun(app)
  await expect(app.getByText(/No reviews on this device yet/)).toBeVisible()
  const other = await bareTab(context)
  expect(await openNewerVersion(other, 1000)).toEqual({ opened: 1000, blocked: false })
  await expect(reloadBanner(app)).toBeVisible()
  await expect(reloadBanner(app)).toContainText(BANNER)
})

test('text typed while another tab upgrades the database is still there after Reload', async ({
  context,
}) => {
  const app = await context.newPage()
  const visitUrl = await visitWithNote(app)

  // Typed and saved before the other tab comes.
  await app.getByLabel('Note', { exact: true }).fill('Typed before the other tab')
  await expect
    .poll(() => draftText(app, visitUrl), { message: 'the jot is saved as a draft' })
    .toBe('Typed before the other tab')

  // Another tab opens a newer version and keeps its upgrade running: this tab's next write waits.
  const other = await bareTab(context)
  const upgrade = openNewerVersion(other, 1000, true)
  await expect(reloadBanner(app)).toBeVisible()
  await app.getByLabel('Note', { exact: true }).fill('Typed before the other tab, and after')

  // Reload: the page goes away with the write still waiting, so the text goes to the journal.
  await Promise.all([app.waitForEvent('load'), app.getByRole('button', { name: 'Reload' }).click()])
  const journal = await app.evaluate(() =>
    Object.keys(localStorage).filter((k) => k.startsWith('review-day:unsaved:')),
  )
  expect(journal, 'the unsaved jot was journalled when the page went away').toHaveLength(1)

  // The other tab finishes its upgrade and closes its connection; the reloaded app opens the
  // database (at the newer version, whose stores are the same) and replays the journal.
  await other.evaluate(() => {
    ;(window as unknown as { __hold: boolean }).__hold = false
  })
  expect(await upgrade).toEqual({ opened: 1000, blocked: false })
  await other.evaluate(() => (window as unknown as { __other: IDBDatabase }).__other.close())

  await expect(app.getByLabel('Note', { exact: true })).toHaveValue(
    'Typed before the other tab, and after',
    { timeout: 20_000 },
  )
  await expect(app.getByText('Pairs explain their methods')).toBeVisible()
  await expect(reloadBanner(app)).toHaveCount(0)
  await expect
    .poll(() => app.evaluate(() => Object.keys(localStorage).length), {
      message: 'the journal is emptied once replayed',
    })
    .toBe(0)
})

/** The jot box draft of a visit, read with the raw API (null when there is none). */
function draftText(page: Page, visitUrl: string): Promise<string | null> {
  const key = `jot:${visitUrl.split('/').pop()}`
  return page.evaluate(
    (key) =>
      new Promise<string | null>((resolve, reject) => {
        const request = indexedDB.open('review-day')
        request.onerror = () => reject(request.error)
        request.onsuccess = () => {
          const idb = request.result
          const get = idb.transaction('drafts').objectStore('drafts').get(key)
          get.onsuccess = () => {
            idb.close()
            resolve((get.result as { text?: string } | undefined)?.text ?? null)
          }
          get.onerror = () => reject(get.error)
        }
      }),
    key,
  )
}
