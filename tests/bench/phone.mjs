// The phone profile of `npm run bench` (--only=phone): the interactive figures on a phone rather
// than this machine. Chromium's CPU is throttled 4× over the DevTools protocol
// (Emulation.setCPUThrottlingRate, as Lighthouse does for its mobile runs) at a 390×844 viewport,
// with the network off once the service worker is in control, as on a review day without Wi-Fi.
// Every figure is also measured unthrottled in the same browser, paired run by run in alternating
// order, so each row has both and the throttle's effect reads as their ratio.
//
// Times are taken in the page with performance.now() (never across the protocol): from the press's
// or key's event timestamp — when the browser got the input, so time the page spent busy counts —
// to the task after the next animation frame once the DOM shows the result (lib/probes.mjs's way).
import { BARE_TEXTAREA, longTaskProbe, networkIsOff, reviewsListProbe } from './lib/probes.mjs'
import { median, percentile, round } from './lib/stats.mjs'

export const PHONE_CPU_RATE = 4
/** Paired runs per figure (each throttled and unthrottled). */
const RUNS = 7
/** Typing runs per rate: each types 124 keys, so a run holds many samples already. */
const TYPING_RUNS = 3
const RECORDS = 5_000
const REVIEW_NOTES = 500
/** Reloads per rate watched for long tasks after the reviews list is drawn, and for how long. */
const BUSY_RUNS = 3
const BUSY_WINDOW_MS = 5_000

export const PHONE_BUDGET = {
  startMs: 1_000,
  startVisitMs: 300,
  addNoteMs: 100,
  openReviewMs: 500,
  typingP95Ms: 1000 / 60,
  /** The longest task once the list is drawn: the same "no freeze" line as an import's. */
  busyAfterStartMs: 100,
}

/**
 * Runs in the page before a press: notes the first click's timestamp, then watches the DOM and
 * the focus until `until` holds, and times the task after the next animation frame: the result drawn.
 */
export function armPress({ until, text }) {
  const w = /** @type {any} */ (window)
  const state = { start: 0, shown: 0, raf: 0, drawn: 0 }
  w.__benchPress = state
  const holds = () => {
    if (until === 'note-box') {
      const box = document.querySelector('main .jot textarea')
      return box !== null && document.activeElement === box
    }
    if (until === 'note-shown') {
      return [...document.querySelectorAll('main ol.notes li')].some((li) =>
        li.textContent?.includes(text),
      )
    }
    return document.querySelector(`main ul.list[aria-label="${text}"] li`) !== null
  }
  const observer = new MutationObserver(() => check())
  function check() {
    if (state.start === 0 || state.shown > 0 || !holds()) return
    state.shown = performance.now()
    observer.disconnect()
    requestAnimationFrame(() => {
      state.raf = performance.now()
      const channel = new MessageChannel()
      channel.port1.onmessage = () => {
        state.drawn = performance.now()
      }
      channel.port2.postMessage(0)
    })
  }
  document.addEventListener(
    'click',
    (e) => {
      state.start = e.timeStamp
      check()
    },
    { capture: true, once: true },
  )
  observer.observe(document, { childList: true, subtree: true, characterData: true })
  // Focus moves without changing the DOM.
  document.addEventListener('focusin', check, true)
}

/** A fixed amount of script work, timed in the page: shows the throttle took hold. */
function spin() {
  const t0 = performance.now()
  let x = 0
  for (let i = 0; i < 30_000_000; i++) x = (x + i * 7) % 1_000_003
  return { ms: performance.now() - t0, x }
}

const OFFLINE = { offline: true, latency: 0, downloadThroughput: -1, uploadThroughput: -1 }
const ONLINE = { ...OFFLINE, offline: false }
const DRAWN = { polling: 100, timeout: 120_000 }

/** Lets the page settle (lazy reads, the autosave) before a timed press. */
async function settle(page) {
  await page.waitForTimeout(400)
  await page.evaluate(
    () => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 3_000 })),
  )
}

async function press(page, locator, until, text) {
  await page.evaluate(armPress, { until, text })
  await locator.click()
  await page.waitForFunction(() => window.__benchPress?.drawn > 0, null, DRAWN)
  const s = await page.evaluate(() => window.__benchPress)
  return { shown: s.shown - s.start, drawn: s.drawn - s.start }
}

/** Each run's order of the two rates alternates, so neither always goes first. */
const ratesOf = (run) => (run % 2 ? [PHONE_CPU_RATE, 1] : [1, PHONE_CPU_RATE])
const byRate = () => ({ 1: [], [PHONE_CPU_RATE]: [] })

async function offlineStarts(page, setRate) {
  const starts = byRate()
  // Run 0 is a warm-up after going offline, for both rates.
  for (let r = 0; r <= RUNS; r++) {
    for (const rate of ratesOf(r)) {
      await setRate(rate)
      await page.reload()
      await page.waitForFunction(() => window.__benchStart?.drawn > 0, null, DRAWN)
      const start = await page.evaluate(() => ({
        ...window.__benchStart,
        fromWorker:
          (performance.getEntriesByType('navigation')[0]?.workerStart ?? 0) > 0 &&
          navigator.serviceWorker.controller !== null,
      }))
      start.offline = await page.evaluate(networkIsOff)
      if (!start.fromWorker || !start.offline) {
        throw new Error(
          `the offline start was not served by the service worker: ${JSON.stringify(start)}`,
        )
      }
      if (r > 0) starts[rate].push(start.drawn)
    }
  }
  return starts
}

/**
 * The longest main-thread task in the BUSY_WINDOW_MS after the reviews list is drawn (0 when none
 * is over 50 ms): the counts and next steps the list reads after its first frame must not keep a
 * phone from answering the first tap.
 */
async function busyAfterStart(page, setRate) {
  const busy = byRate()
  for (let r = 0; r < BUSY_RUNS; r++) {
    for (const rate of ratesOf(r)) {
      await setRate(rate)
      await page.reload()
      await page.waitForFunction(() => window.__benchStart?.drawn > 0, null, DRAWN)
      await page.waitForTimeout(BUSY_WINDOW_MS)
      const longest = await page.evaluate((windowMs) => {
        const drawn = window.__benchStart.drawn
        const after = window.__benchTasks.filter(([at]) => at >= drawn && at < drawn + windowMs)
        return Math.max(0, ...after.map(([, duration]) => duration))
      }, BUSY_WINDOW_MS)
      busy[rate].push(longest)
    }
  }
  return busy
}

/** "Start a visit" → the note box focused; then a note typed and "Add note" → the note in the list. */
async function visitPresses(page, url, reviewId, setRate) {
  const startVisit = byRate()
  const addNote = byRate()
  for (let r = 0; r < RUNS; r++) {
    for (const rate of ratesOf(r)) {
      await setRate(rate)
      await page.goto(`${url}/reviews/${reviewId}/visits`)
      await page.locator('main ul.list[aria-label="Visits"] li').first().waitFor(DRAWN)
      await settle(page)
      const start = page.getByRole('button', { name: 'Start a visit' })
      startVisit[rate].push(await press(page, start, 'note-box'))
      const text = `Run ${r} at ${rate}×: pupils explained their method to a partner.`
      await page.getByLabel('Note', { exact: true }).fill(text)
      await settle(page)
      const add = page.getByRole('button', { name: 'Add note' })
      addNote[rate].push(await press(page, add, 'note-shown', text))
    }
  }
  return { startVisit, addNote }
}

/** The review with 500 notes: from its Focus screen, the Visits tab → its visits list drawn. */
async function openReview(page, url, reviewId, setRate) {
  const open = byRate()
  for (let r = 0; r < RUNS; r++) {
    for (const rate of ratesOf(r)) {
      await setRate(rate)
      await page.goto(`${url}/reviews/${reviewId}`)
      const tab = page.getByRole('link', { name: 'Visits', exact: true })
      await tab.waitFor(DRAWN)
      await settle(page)
      open[rate].push(await press(page, tab, 'visits-list', 'Visits'))
    }
  }
  return open
}

/**
 * The phone profile. `tools` are run.mjs's own browser helpers (launch, openHarness,
 * waitForServiceWorkerControl, typeInto, keyStats, log), so both profiles drive the app alike.
 */
export async function measurePhone(url, bareUrl, tools) {
  const { launch, openHarness, waitForServiceWorkerControl, typeInto, keyStats, log } = tools
  const { context, page } = await launch()
  try {
    const call = await openHarness(page, url)
    const seed = await call('seedApp', RECORDS)
    await page.goto(`${url}/bench/phone.html`)
    await page.waitForSelector('body[data-ready]')
    const big = await page.evaluate((n) => window.benchPhone.addReviewWithNotes(n), REVIEW_NOTES)
    if (big.notes !== REVIEW_NOTES) throw new Error(`the review holds ${big.notes} notes`)
    log(
      `phone: ${RECORDS.toLocaleString('en-GB')} records stored, and a review of ${big.visits} visits holding ${big.notes} notes`,
    )

    await context.addInitScript(reviewsListProbe)
    await context.addInitScript(longTaskProbe)
    await page.goto(`${url}/`)
    await page.waitForFunction(() => window.__benchStart?.drawn > 0, null, DRAWN)
    await waitForServiceWorkerControl(page)
    const cdp = await context.newCDPSession(page)
    const setRate = (rate) => cdp.send('Emulation.setCPUThrottlingRate', { rate })
    // A session of our own undoes Playwright's offline emulation for the page (Chromium merges the
    // sessions' network conditions), so it is said on this session too.
    await context.setOffline(true)
    await cdp.send('Network.emulateNetworkConditions', OFFLINE)
    const calibration = byRate()
    for (const rate of [1, PHONE_CPU_RATE, 1, PHONE_CPU_RATE, 1, PHONE_CPU_RATE]) {
      await setRate(rate)
      calibration[rate].push((await page.evaluate(spin)).ms)
    }

    const starts = await offlineStarts(page, setRate)
    log(`  phone: offline start → list drawn ${summary(starts)}`)
    const busy = await busyAfterStart(page, setRate)
    log(`  phone: longest task after the list is drawn ${summary(busy)}`)
    const presses = await visitPresses(page, url, seed.reviewId, setRate)
    log(`  phone: Start a visit → note box focused ${summary(presses.startVisit, 'drawn')}`)
    log(`  phone: Add note → note shown ${summary(presses.addNote, 'drawn')}`)
    const open = await openReview(page, url, big.reviewId, setRate)
    log(`  phone: Visits tab of the ${REVIEW_NOTES}-note review ${summary(open, 'drawn')}`)

    // Typing, and a bare textarea (another origin, no script) at the same rates: how much of a
    // key's time on a phone is the browser's own. The network comes back for the textarea only.
    const visitUrl = `${url}/reviews/${seed.reviewId}/visits/${seed.visitId}`
    const typing = byRate()
    const bare = byRate()
    for (let r = 0; r < TYPING_RUNS; r++) {
      for (const rate of ratesOf(r)) {
        await setRate(rate)
        typing[rate].push(await typeInto(page, visitUrl))
      }
    }
    await context.setOffline(false)
    await cdp.send('Network.emulateNetworkConditions', ONLINE)
    for (let r = 0; r < TYPING_RUNS; r++) {
      for (const rate of ratesOf(r)) {
        await setRate(rate)
        bare[rate].push(await typeInto(page, `${bareUrl}${BARE_TEXTAREA}`))
      }
    }
    await setRate(1)
    const stats = (runs) => ({
      1: keyStats(runs[1]),
      [PHONE_CPU_RATE]: keyStats(runs[PHONE_CPU_RATE]),
    })
    const keys = stats(typing)
    const bareKeys = stats(bare)
    log(
      `  phone: typing p95 key → next frame ${round(keys[PHONE_CPU_RATE].toFrame.p95, 1)} ms (unthrottled ${round(keys[1].toFrame.p95, 1)} ms)`,
    )
    return {
      rate: PHONE_CPU_RATE,
      runs: RUNS,
      calibration,
      big,
      starts,
      busy,
      ...presses,
      open,
      keys,
      bareKeys,
    }
  } finally {
    await context.close()
  }
}

// ---------------------------------------------------------------------------------------------
// The report: rows for run.mjs's table.

const ms = (n) => (n >= 100 ? `${Math.round(n)} ms` : `${round(n, 1)} ms`)
const times = (runs, field) => runs.map((x) => (field ? x[field] : x))
/** Median, with the runs' min–max. */
const spread = (values) =>
  `${ms(median(values))} (${ms(Math.min(...values))}–${ms(Math.max(...values))})`

function summary(byRateRuns, field) {
  const of = (rate) => spread(times(byRateRuns[rate], field))
  return `${of(PHONE_CPU_RATE)} at ${PHONE_CPU_RATE}× CPU, ${of(1)} unthrottled`
}

export function phoneRows(phone) {
  const rate = phone.rate
  const figure = (name, runs, field, budget, unit = '') => {
    const slow = times(runs[rate], field)
    const fast = times(runs[1], field)
    return {
      figure: `Phone (${rate}× CPU, 390×844): ${name}${unit}`,
      measured: spread(slow),
      baseline: `${spread(fast)} (unthrottled)`,
      ratio: median(fast) > 0 ? median(slow) / median(fast) : undefined,
      budget: `< ${round(budget, 1)} ms`,
      pass: median(slow) < budget,
    }
  }
  const runsOf = ` (median of ${phone.runs}, min–max)`
  const p95 = (r) => phone.keys[r].samples.map((run) => percentile(run, 95))
  const rows = [
    figure(
      `offline start → reviews list drawn, ${RECORDS.toLocaleString('en-GB')} records`,
      phone.starts,
      undefined,
      PHONE_BUDGET.startMs,
      runsOf,
    ),
    figure(
      `longest main-thread task in the ${BUSY_WINDOW_MS / 1000} s after the reviews list is drawn (0: none over 50 ms)`,
      phone.busy,
      undefined,
      PHONE_BUDGET.busyAfterStartMs,
      ` (median of ${BUSY_RUNS} reloads, min–max)`,
    ),
    figure(
      '"Start a visit" pressed → note box focused',
      phone.startVisit,
      'drawn',
      PHONE_BUDGET.startVisitMs,
      runsOf,
    ),
    figure(
      '"Add note" pressed → note shown in the list',
      phone.addNote,
      'drawn',
      PHONE_BUDGET.addNoteMs,
      runsOf,
    ),
    figure(
      `Visits tab of a review with ${phone.big.notes} notes pressed → its visits list drawn`,
      phone.open,
      'drawn',
      PHONE_BUDGET.openReviewMs,
      runsOf,
    ),
    figure(
      'typing in a visit note, p95 key → next frame',
      { [rate]: p95(rate), 1: p95(1) },
      undefined,
      PHONE_BUDGET.typingP95Ms,
      ` (median of ${phone.keys[rate].samples.length} runs' p95, min–max)`,
    ),
  ]
  const cal = (r) => median(phone.calibration[r])
  const shown = (runs) => ms(median(times(runs[rate], 'shown')))
  const bare = (r) => ms(phone.bareKeys[r].toFrame.p95)
  const details = [
    `Phone profile, typing: a bare textarea styled as the note box (no script) p95 key → next frame ${bare(rate)} at ${rate}× and ${bare(1)} unthrottled, against the app's ${ms(phone.keys[rate].toFrame.p95)} and ${ms(phone.keys[1].toFrame.p95)}: the rest of a key's time on a phone is the browser's own editing, layout and paint`,
    `Phone profile: a fixed loop of script took ${ms(cal(rate))} at ${rate}× CPU and ${ms(cal(1))} unthrottled (${round(cal(rate) / cal(1), 2)}×; well under ${rate}× means the unthrottled runs were starved too, by other work on the machine); ${phone.keys[rate].keys} keys typed at ${rate}× (p50 ${ms(phone.keys[rate].toFrame.p50)}, worst ${ms(phone.keys[rate].toFrame.max)})`,
    `Phone profile, press → result in the DOM (before its frame) at ${rate}×: Start a visit ${shown(phone.startVisit)}, Add note ${shown(phone.addNote)}, Visits tab ${shown(phone.open)}`,
  ]
  return { rows, details }
}
