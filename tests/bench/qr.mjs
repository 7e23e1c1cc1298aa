// The QR part of `npm run bench` (`--only=qr`): a 60-record review from one Chromium to another
// through animated QR codes and Chromium's fake camera, as tests/e2e/qr.spec.ts does it, timed.
// Reports the bundle's bytes per second through the camera and the seconds the review takes
// (from pressing "Receive", so the camera starting and the decoder loading count too).
//
// The sender imports the generated review (tests/bench/qr-harness.ts), seals it and shows it as
// codes; 3N codes in a row are captured from its canvas, every third dropped (a camera misses
// some), and made into a Y4M video at the sender's 8 frames a second with ffmpeg. The receiver
// is a second Chromium with that video as its camera: the time runs from "Receive from another
// phone" to the passphrase form that follows a whole bundle. The fake camera loops the video, so
// a missed code comes round again as it would on the sender's screen.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from '@playwright/test'

const PASSPHRASE = 'maple river lantern'
const FFMPEG = process.env.FFMPEG_PATH ?? '/usr/bin/ffmpeg'
/** Frames a second the Share screen shows (FRAMES_PER_SECOND in src/domain/qr-transfer.ts). */
const FPS = 8

async function browser(chromiumPath, args, camera = []) {
  return chromium.launch({ executablePath: chromiumPath, args: [...args, ...camera] })
}

async function newPage(b, url, permissions = []) {
  const context = await b.newContext({
    baseURL: url,
    locale: 'en-GB',
    serviceWorkers: 'allow',
    viewport: { width: 390, height: 844 },
    permissions,
  })
  return context.newPage()
}

async function firstRun(page, name) {
  await page.goto('/')
  await page.getByLabel('Your name').fill(name)
  await page.getByLabel('Your school').fill('Oak Primary')
  await page.getByRole('button', { name: 'Save' }).click()
  await page.getByRole('heading', { name: 'Reviews' }).waitFor()
}

/** The sender: the review imported and opened on Share; gives the plain bundle's bytes. */
async function sender(page, records) {
  await page.goto('/bench/qr.html')
  await page.waitForSelector('body[data-ready]')
  const text = await page.evaluate((n) => window.qrBench.review(n), records)
  await firstRun(page, 'Ann Reviewer')
  await page.goto('/import')
  await page.getByLabel('Choose a bundle file').setInputFiles({
    name: 'review.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  })
  await page.getByRole('button', { name: 'Import', exact: true }).click()
  await page.getByRole('button', { name: 'Open the review' }).click()
  await page.getByRole('link', { name: 'Share' }).click()
  // The plain bundle this device exports for the review: what the codes carry, before sealing.
  await page.getByLabel('Export without a passphrase').check()
  await page.getByRole('button', { name: 'Export this review' }).click()
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Share or save the file' }).click(),
  ])
  const file = join(mkdtempSync(join(tmpdir(), 'review-day-qr-')), 'bundle.json')
  await download.saveAs(file)
  const bytes = statSync(file).size
  await page.getByLabel('Export without a passphrase').uncheck()
  return bytes
}

/** Shows the sealed review as codes; gives N and 3N captured codes with every third dropped. */
async function codes(page) {
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE)
  await page.getByLabel('Passphrase again').fill(PASSPHRASE)
  await page.getByRole('button', { name: 'Show as QR codes' }).click()
  const plan = page.getByText(/^The bundle is cut into \d+ QR codes?/)
  const n = Number((await plan.textContent())?.match(/cut into (\d+)/)?.[1])
  await page.getByRole('button', { name: 'Start showing the codes' }).click()
  await page.waitForSelector('canvas.qr-code')
  const frames = await page.evaluate(
    (count) =>
      new Promise((resolve) => {
        const taken = new Map()
        const counter = document.querySelector('.qr-counter')
        const canvas = document.querySelector('canvas.qr-code')
        const take = () => {
          taken.set(Number(counter.dataset.seq), canvas.toDataURL())
          if (taken.size < count) return
          observer.disconnect()
          resolve([...taken].sort(([a], [b]) => a - b).map(([, image]) => image))
        }
        const observer = new MutationObserver(take)
        observer.observe(counter, { attributes: true, attributeFilter: ['data-seq'] })
        take()
      }),
    3 * n,
  )
  return { n, kept: frames.filter((_, i) => (i + 1) % 3 !== 0) }
}

/** A Y4M video of the codes at `fps`, as tests/e2e/qr-video.ts makes it. */
function video(frames, dir) {
  const images = join(dir, 'frames')
  mkdirSync(images, { recursive: true })
  frames.forEach((url, i) => {
    const png = Buffer.from(url.replace(/^data:image\/png;base64,/, ''), 'base64')
    writeFileSync(join(images, `${String(i).padStart(4, '0')}.png`), png)
  })
  const file = join(dir, 'camera.y4m')
  execFileSync(FFMPEG, [
    ...['-loglevel', 'error', '-y', '-framerate', String(FPS), '-i', join(images, '%04d.png')],
    ...['-vf', 'scale=-1:640:flags=neighbor,pad=1280:720:(ow-iw)/2:(oh-ih)/2:white'],
    ...['-pix_fmt', 'yuv420p', '-r', String(FPS), file],
  ])
  return file
}

/** The receiver: seconds from opening the camera to a whole bundle, then imported. */
async function receive(chromiumPath, args, url, file) {
  const b = await browser(chromiumPath, args, [
    '--use-fake-device-for-media-stream',
    `--use-file-for-fake-video-capture=${file}`,
  ])
  try {
    const page = await newPage(b, url, ['camera'])
    await firstRun(page, 'Bryn Host')
    await page.goto('/import')
    const began = performance.now()
    await page.getByRole('button', { name: 'Receive from another phone' }).click()
    await page.getByRole('heading', { name: 'This bundle is sealed' }).waitFor({ timeout: 300_000 })
    const seconds = (performance.now() - began) / 1000
    await page.getByLabel('Passphrase for this bundle').fill(PASSPHRASE)
    await page.getByRole('button', { name: 'Open the bundle' }).click()
    await page.getByRole('button', { name: 'Import', exact: true }).click()
    const done = await page.getByText(/^Imported from/).textContent()
    return { seconds, done }
  } finally {
    await b.close()
  }
}

/** Runs the transfer `runs` times with one sender and one video; medians are the caller's. */
export async function measureQr({ url, chromiumPath, args, runs, log }) {
  const dir = mkdtempSync(join(tmpdir(), 'review-day-qr-video-'))
  const b = await browser(chromiumPath, args)
  try {
    const page = await newPage(b, url)
    const bundleBytes = await sender(page, 60)
    const { n, kept } = await codes(page)
    const file = video(kept, dir)
    log(`QR: 60-record review, ${bundleBytes} B plain, ${n} codes; video of ${kept.length} codes`)
    const times = []
    for (let run = 0; run < runs; run++) {
      const { seconds, done } = await receive(chromiumPath, args, url, file)
      log(`QR run ${run + 1}: ${seconds.toFixed(1)} s (${done})`)
      times.push(seconds)
    }
    return { records: 60, bundleBytes, frames: n, videoCodes: kept.length, fps: FPS, times }
  } finally {
    await b.close()
    rmSync(dir, { recursive: true, force: true })
  }
}
