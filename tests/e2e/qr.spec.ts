import { type Browser, chromium, type Page, type TestInfo } from '@playwright/test'
import { CHROMIUM_FLAGS, chromiumPath } from '../engines/engines.mjs'
import {
  expect,
  expectNoSeriousA11yViolations,
  firstRun,
  test,
  waitForServiceWorkerControl,
} from './fixtures'
import { framesToVideo } from './qr-video'

// Issue 15: a bundle from one phone to another through animated QR codes. The sender's codes are
// captured from its canvas, a third of them dropped, and turned into a video that a second
// Chromium — launched with that file as its fake camera — films and imports.
test.describe.configure({ timeout: 240_000 })
test.use({ viewport: { width: 390, height: 844 } })

const PASSPHRASE = 'maple river lantern'

/** A Chromium of its own whose camera is the given file (or a generated pattern when none). */
function cameraBrowser(video?: string): Promise<Browser> {
  const camera = ['--use-fake-device-for-media-stream']
  if (video) camera.push(`--use-file-for-fake-video-capture=${video}`)
  return chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_FLAGS, ...camera] })
}

/** Every record in the page's database: id, kind, review and versions, by id. */
async function records(page: Page) {
  return page.evaluate(
    () =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('review-day')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const all = open.result.transaction('records').objectStore('records').getAll()
          all.onerror = () => reject(all.error)
          all.onsuccess = () => {
            const rows = all.result as {
              id: string
              kind: string
              reviewId: string
              versions: unknown
            }[]
            rows.sort((a, b) => a.id.localeCompare(b.id))
            resolve(
              rows.map(({ id, kind, reviewId, versions }) => ({ id, kind, reviewId, versions })),
            )
            open.result.close()
          }
        }
      }),
  )
}

/** Opens Share on a sample review and starts the codes; gives N, the bundle's fragment count. */
async function showCodes(page: Page): Promise<number> {
  await page.goto('/')
  await firstRun(page)
  await page.getByRole('button', { name: 'Try a sample review' }).click()
  await expect(page.getByRole('heading', { name: 'Visits' })).toBeVisible()
  await page.getByRole('link', { name: 'Share' }).click()
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE)
  await page.getByLabel('Passphrase again').fill(PASSPHRASE)
  await page.getByRole('button', { name: 'Show as QR codes' }).click()
  const plan = page.getByText(/^The bundle is cut into \d+ QR codes?/)
  await expect(plan).toBeVisible()
  await expect(page.getByText(/^Receiving takes about \d+ seconds?/)).toBeVisible()
  const count = Number((await plan.textContent())?.match(/cut into (\d+)/)?.[1])
  await expectNoSeriousA11yViolations(page)
  await page.getByRole('button', { name: 'Start showing the codes' }).click()
  await expect(page.getByRole('img', { name: /^QR code \d+ of the bundle$/ })).toBeVisible()
  return count
}

/**
 * The canvas as a PNG for `count` codes in a row from the one on screen now, read as the counter
 * moves on (the code is drawn in the same render as the counter, so they always agree).
 */
async function captureCodes(page: Page, count: number): Promise<string[]> {
  return page.evaluate(
    (count) =>
      new Promise<string[]>((resolve) => {
        const frames = new Map<number, string>()
        const counter = document.querySelector('.qr-counter') as HTMLElement
        const canvas = document.querySelector('canvas.qr-code') as HTMLCanvasElement
        const take = () => {
          frames.set(Number(counter.dataset.seq), canvas.toDataURL())
          if (frames.size < count) return
          observer.disconnect()
          resolve([...frames].sort(([a], [b]) => a - b).map(([, image]) => image))
        }
        const observer = new MutationObserver(take)
        observer.observe(counter, { attributes: true, attributeFilter: ['data-seq'] })
        take()
      }),
    count,
  )
}

async function receiverPage(browser: Browser, baseURL: string) {
  const context = await browser.newContext({
    baseURL,
    locale: 'en-GB',
    serviceWorkers: 'allow',
    viewport: { width: 390, height: 844 },
    permissions: ['camera'],
  })
  const page = await context.newPage()
  await page.goto('/')
  await firstRun(page, { name: 'Bryn Host', school: 'Elm Academy' })
  return page
}

async function codesVideo(page: Page, testInfo: TestInfo): Promise<string> {
  const count = await showCodes(page)
  expect(count).toBeGreaterThan(2)
  // The frames a camera might catch: 3N codes in a row, every third dropped.
  const frames = await captureCodes(page, 3 * count)
  const kept = frames.filter((_, i) => (i + 1) % 3 !== 0)
  expect(kept.length).toBe(2 * count)
  return framesToVideo(kept, testInfo.outputPath('camera'), 5)
}

test('a sealed review goes from one phone to another as QR codes, a third of them missed', async ({
  page,
  baseURL,
}, testInfo) => {
  const video = await codesVideo(page, testInfo)
  const sent = await records(page)
  expect(sent.length).toBeGreaterThan(5)

  // Pause stops the sequence, and the keyboard reaches it.
  const pause = page.getByRole('button', { name: 'Pause' })
  await pause.focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('button', { name: 'Play' })).toBeFocused()
  const held = await page.locator('.qr-counter').getAttribute('data-seq')
  await page.waitForTimeout(500)
  await expect(page.locator('.qr-counter')).toHaveAttribute('data-seq', held ?? '')
  await expectNoSeriousA11yViolations(page)

  const browser = await cameraBrowser(video)
  try {
    const receiver = await receiverPage(browser, baseURL ?? '')
    const foreign: string[] = []
    receiver.on('request', (r) => {
      if (!r.url().startsWith(baseURL ?? '') && !/^(data|blob):/.test(r.url()))
        foreign.push(r.url())
    })
    await waitForServiceWorkerControl(receiver)
    await receiver.getByRole('link', { name: 'Import a bundle' }).click()
    await receiver.getByRole('button', { name: 'Receive from another phone' }).click()
    await expect(receiver.getByRole('progressbar', { name: 'Bundle received' })).toBeVisible()
    await expectNoSeriousA11yViolations(receiver)
    await expect(receiver.getByRole('heading', { name: 'This bundle is sealed' })).toBeVisible({
      timeout: 120_000,
    })
    // The camera is off once the bundle is whole.
    await expect(receiver.locator('video')).toHaveCount(0)
    await receiver.getByLabel('Passphrase for this bundle').fill(PASSPHRASE)
    await receiver.getByRole('button', { name: 'Open the bundle' }).click()
    await expect(receiver.getByRole('heading', { name: 'Import this bundle?' })).toBeVisible()
    await receiver.getByRole('button', { name: 'Import', exact: true }).click()
    await expect(receiver.getByText(/^Imported from Ann Reviewer/)).toBeVisible()
    expect(await records(receiver)).toEqual(sent)
    // The decoder's .wasm came from this origin (zxing-wasm's default is a CDN).
    expect(foreign).toEqual([])
  } finally {
    await browser.close()
  }
})

async function openReceiver(page: Page) {
  await page.goto('/')
  await firstRun(page)
  await page.getByRole('link', { name: 'Import a bundle' }).click()
  await page.getByRole('button', { name: 'Receive from another phone' }).click()
}

test('a camera the person refused says so, and nothing changes', async ({ baseURL }) => {
  const browser = await cameraBrowser()
  try {
    // A camera exists (the fake one), but the context grants no permission to use it.
    const context = await browser.newContext({ baseURL, locale: 'en-GB' })
    const page = await context.newPage()
    await openReceiver(page)
    await expect(page.getByRole('alert')).toHaveText(/Review Day was not allowed to use the camera/)
    await expect(page.getByRole('button', { name: 'Start again' })).toBeVisible()
    expect(await records(page)).toEqual([])
  } finally {
    await browser.close()
  }
})

test.describe('with no camera at all', () => {
  test.use({ permissions: ['camera'] })
  test('says there is no camera, and nothing changes', async ({ page }) => {
    await openReceiver(page)
    await expect(page.getByRole('alert')).toHaveText(/No camera was found on this device/)
    expect(await records(page)).toEqual([])
  })
})
