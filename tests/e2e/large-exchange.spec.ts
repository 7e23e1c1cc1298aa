import { readFile, writeFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { type BundleRecord, encodeBundle } from '../../src/domain/bundle'
import { generateArchive } from '../bench/generate'
import { expect, firstRun, test } from './fixtures'

// A 10,000-record review imported and exported through the app's screens, its work in the
// exchange worker: the progress bar's value rises, the page handles a click while the work runs,
// and every record arrives. Nothing here is timed; how long it takes is `npm run bench`'s.
test.describe.configure({ timeout: 300_000 })

const RECORDS = 10_000

/** One review holding `count` records: the generator's records, all moved into its first review. */
async function oneReviewBundle(count: number) {
  const archive = generateArchive(14, Math.ceil(count * 1.1))
  const reviewId = archive.reviews[0] as string
  const own = archive.records.filter((r) => r.reviewId === reviewId)
  const moved = archive.records
    .filter((r) => r.reviewId !== reviewId && r.kind !== 'review' && r.kind !== 'focus')
    .map((r) => ({ ...r, reviewId }) as BundleRecord)
  const records = [...own, ...moved].slice(0, count)
  if (records.length !== count) throw new Error(`only ${records.length} records`)
  const review = own.find((r) => r.kind === 'review')?.versions[0]?.data as { hostSchool: string }
  const [deviceId] = Object.keys(archive.people) as [string]
  const { text } = await encodeBundle({
    records,
    reviews: [reviewId],
    from: { deviceId, name: 'Siân Evans', school: 'Ysgol y Graig' },
    people: archive.people,
  })
  return { reviewId, hostSchool: review.hostSchool, text }
}

/**
 * Watches the page from inside: every value a progress bar takes, in order, with the number of
 * animation frames drawn so far; and for every click, whether a progress bar was showing.
 */
async function watchProgress(page: Page) {
  await page.evaluate(() => {
    const probe = {
      values: [] as { value: number; frames: number }[],
      clicks: [] as { control: string; busy: boolean }[],
    }
    let frames = 0
    const tick = () => {
      frames++
      requestAnimationFrame(tick)
    }
    requestAnimationFrame(tick)
    new MutationObserver(() => {
      const bar = document.querySelector('progress[value]') as HTMLProgressElement | null
      if (bar && bar.value !== probe.values.at(-1)?.value) {
        probe.values.push({ value: bar.value, frames })
      }
    }).observe(document.body, { subtree: true, childList: true, attributes: true })
    document.addEventListener(
      'click',
      (event) => {
        const target = event.target as Element
        const control = target.closest('label, button')?.textContent?.trim() ?? target.tagName
        probe.clicks.push({ control, busy: document.querySelector('progress') !== null })
      },
      true,
    )
    ;(window as unknown as { probe: typeof probe }).probe = probe
  })
  return () =>
    page.evaluate(() => (window as unknown as { probe: unknown }).probe) as Promise<{
      values: { value: number; frames: number }[]
      clicks: { control: string; busy: boolean }[]
    }>
}

function expectRising(values: { value: number; frames: number }[], least: number) {
  expect(values.length).toBeGreaterThanOrEqual(least)
  for (let i = 1; i < values.length; i++) {
    expect(values[i]?.value).toBeGreaterThan(values[i - 1]?.value as number)
  }
  // Frames kept being drawn while the bar moved: the page was not frozen through it.
  expect(values.at(-1)?.frames).toBeGreaterThan(values[0]?.frames as number)
}

/** Records of a review in the app's database, counted with plain IndexedDB. */
function countRecords(page: Page, reviewId: string): Promise<number> {
  return page.evaluate(
    (id) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('review-day')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          try {
            // A review's rows: the keys of [reviewId+seq] that begin with its id.
            const request = open.result
              .transaction('records')
              .objectStore('records')
              .index('[reviewId+seq]')
              .count(IDBKeyRange.bound([id], [id, []]))
            request.onsuccess = () => {
              open.result.close()
              resolve(request.result)
            }
            request.onerror = () => reject(request.error)
          } catch (error) {
            open.result.close()
            reject(error)
          }
        }
      }),
    reviewId,
  )
}

test('a 10,000-record review imports and exports with a moving bar while the page answers', async ({
  page,
}, testInfo) => {
  const { reviewId, hostSchool, text } = await oneReviewBundle(RECORDS)
  const path = testInfo.outputPath('ten-thousand.json')
  await writeFile(path, text)

  // The work must run in the exchange worker, started under the app's CSP (worker-src 'self'),
  // not in the page's fallback.
  const workers: string[] = []
  page.on('worker', (worker) => workers.push(new URL(worker.url()).pathname))
  const refused: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to|could not start/i.test(message.text())) {
      refused.push(message.text())
    }
  })
  await page.goto('/')
  await firstRun(page)
  await page.getByRole('button', { name: 'Try a sample review' }).click()
  // Another tab on the reviews list: the worker's write must reach other pages' live queries.
  const list = await page.context().newPage()
  await list.goto('/')
  await expect(list.getByRole('heading', { name: 'Reviews' })).toBeVisible()
  await expect(list.getByText(hostSchool, { exact: true })).toHaveCount(0)
  await page.getByRole('link', { name: 'Share' }).click()
  const probe = await watchProgress(page)
  const unsealed = page.getByLabel('Export without a passphrase')

  // Checking: a click on another control is handled while the bar shows.
  await page.getByLabel('Choose a bundle file').setInputFiles(path)
  await expect(page.locator('progress')).toBeVisible()
  await unsealed.click()
  await expect(unsealed).toBeChecked()
  await expect(page.getByRole('heading', { name: 'Import this bundle?' })).toBeVisible()
  // Applying: the same, in the one write transaction.
  await page.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(page.locator('progress')).toBeVisible()
  await unsealed.click()
  await expect(unsealed).not.toBeChecked()
  await expect(page.getByText(/^Imported from Siân Evans/)).toBeVisible({ timeout: 120_000 })
  const imported = await probe()
  expectRising(imported.values, 3)
  const unsealedClicks = (clicks: { control: string; busy: boolean }[]) =>
    clicks.filter((c) => c.control === 'Export without a passphrase')
  // Both clicks were handled (the box toggled twice, above). Checking 10,000 records can end on a
  // quiet machine before a click sent after the bar appeared lands; the one write transaction
  // lasts seconds, so the click during it must land while the bar shows.
  const clicks = unsealedClicks(imported.clicks)
  expect(clicks).toHaveLength(2)
  expect(clicks[1]).toEqual({ control: 'Export without a passphrase', busy: true })
  expect(await countRecords(page, reviewId)).toBe(RECORDS)
  await expect(list.getByText(hostSchool, { exact: true })).toBeVisible()
  await list.close()

  // Export of that review, unsealed: the bar rises, and the file input answers a click meanwhile.
  await page.goto(`/reviews/${reviewId}/share`)
  await expect(page.getByRole('heading', { name: 'Share' })).toBeVisible()
  const exportProbe = await watchProgress(page)
  await page.getByLabel('Export without a passphrase').check()
  await page.getByRole('button', { name: 'Export this review' }).click()
  await expect(page.locator('progress')).toBeVisible()
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByText('Choose a bundle file').click(),
  ])
  expect(chooser.isMultiple()).toBe(false)
  await expect(page.getByText(/Bundle ready/)).toBeVisible({ timeout: 120_000 })
  const exported = await exportProbe()
  expectRising(exported.values, 2)
  // The file input answered a click sent while the bar showed (the chooser opened, above); an
  // export of 10,000 can end on a quiet machine before that click lands, so whether the bar still
  // showed is not asserted — the frames drawn while the bar rose say the page kept answering.
  const chooserClicks = exported.clicks.filter((c) => c.control === 'Choose a bundle file')
  expect(chooserClicks.length).toBeGreaterThan(0)
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Share or save the file' }).click(),
  ])
  const file = JSON.parse(await readFile(await download.path(), 'utf8'))
  expect(file.records).toHaveLength(RECORDS)
  // One worker for the import, one for the export, both the app's own script.
  expect(workers).toHaveLength(2)
  for (const path of workers) expect(path).toMatch(/^\/assets\/exchange\.worker-[\w-]+\.js$/)
  expect(refused).toEqual([])
  expect(new Set(file.records.map((r: BundleRecord) => r.reviewId))).toEqual(new Set([reviewId]))
})
