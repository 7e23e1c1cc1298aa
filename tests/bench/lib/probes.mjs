// Code the benchmark runs inside pages (passed to Playwright, which serialises it): timings are
// taken in the page with performance.now(), never across the DevTools protocol. And the pages the
// typing figures are measured against.

/**
 * In a page: whether the network is really off — a request the service worker does not answer
 * (the test server's health check) fails. navigator.onLine cannot tell: Chromium 150 says true in a
 * page the service worker served while the network is emulated offline (checked here: the same
 * fetch fails, onLine true after a reload, false before it).
 */
export async function networkIsOff() {
  try {
    await fetch(`/__test/health?${Math.random()}`, { cache: 'no-store' })
    return false
  } catch {
    return true
  }
}

/**
 * An init script: on the app's first screen, notes when a review appears in the reviews list and
 * when the frame that draws it is done (the task after its requestAnimationFrame). performance.now()
 * counts from the navigation's start, so these are navigation → list drawn.
 */
export function reviewsListProbe() {
  if (location.pathname !== '/') return
  const w = /** @type {any} */ (window)
  const found = () => document.querySelector('main li a[href^="/reviews/"]') !== null
  const observer = new MutationObserver(() => {
    if (w.__benchStart || !found()) return
    observer.disconnect()
    const start = { found: performance.now(), raf: 0, drawn: 0 }
    w.__benchStart = start
    requestAnimationFrame(() => {
      start.raf = performance.now()
      const channel = new MessageChannel()
      channel.port1.onmessage = () => {
        start.drawn = performance.now()
      }
      channel.port2.postMessage(0)
    })
  })
  observer.observe(document, { childList: true, subtree: true })
}

/**
 * An init script: on the app's first screen, every main-thread task over 50 ms from the
 * navigation on (PerformanceObserver `longtask`, buffered), as [start, duration] in ms.
 */
export function longTaskProbe() {
  if (location.pathname !== '/') return
  const w = /** @type {any} */ (window)
  w.__benchTasks = []
  new PerformanceObserver((list) => {
    for (const task of list.getEntries()) w.__benchTasks.push([task.startTime, task.duration])
  }).observe({ type: 'longtask', buffered: true })
}

/**
 * Installs key-to-next-frame timing on a page: from a keydown's timestamp (when the browser got
 * the key, so time the page spent busy counts) to the next animation frame after the input event
 * and the render it caused (Preact renders in a microtask, before a listener on document runs),
 * and to the task after that frame, when its style, layout and paint are done.
 */
export function installKeyProbe() {
  const w = /** @type {any} */ (window)
  w.__benchKeys = []
  let pending = /** @type {number | undefined} */ (undefined)
  document.addEventListener(
    'keydown',
    (e) => {
      pending = e.timeStamp
    },
    true,
  )
  document.addEventListener('input', () => {
    const start = pending
    pending = undefined
    if (start === undefined) return
    const key = { start, input: performance.now(), raf: 0, frame: 0 }
    requestAnimationFrame(() => {
      key.raf = performance.now()
      const channel = new MessageChannel()
      channel.port1.onmessage = () => {
        key.frame = performance.now()
        w.__benchKeys.push(key)
      }
      channel.port2.postMessage(0)
    })
  })
}

/**
 * The typing baseline: a textarea with no script, laid out and styled by the app's own stylesheet
 * as the note box is (its font, size, width and border), so the ratio is the cost of the app's
 * code and not of the look it chose. The browser's plain textarea (13 px monospace, 4 × 40) is
 * measured beside it for reference.
 */
export const BARE_TEXTAREA = '/bench/textarea-styled.html'
export const PLAIN_TEXTAREA = '/bench/textarea.html'
