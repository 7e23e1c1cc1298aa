// The three browser engines of `npm test`: Chromium runs the whole Playwright suite (tests/e2e),
// Firefox ESR and WebKitGTK run the core journeys (tests/engines/journeys.ts). Here: where their
// programs are, what is missing, how to install it, and the command that runs their tests. Read by
// `npm test` (tests/run-all.mjs), by `npm run test:firefox` / `test:webkit` (tests/engines/run.mjs)
// and by the drivers, so a browser's path is decided in one place.
//
//   CHROMIUM_PATH       Chromium                    (default /usr/bin/chromium)
//   FIREFOX_PATH        Firefox ESR                 (default /usr/bin/firefox-esr)
//   WEBKIT_DRIVER_PATH  WebKitGTK's WebDriver       (default /usr/bin/WebKitWebDriver)
//   MINIBROWSER_PATH    WebKitGTK's MiniBrowser     (default: found with `dpkg -L libwebkit2gtk-4.1-0`)
import { execFileSync } from 'node:child_process'
import { accessSync, constants } from 'node:fs'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../..', import.meta.url))

function executable(path) {
  try {
    accessSync(path, constants.X_OK)
    return true
  } catch {
    return false
  }
}

/** The first program called `name` on PATH, or undefined. */
function onPath(name) {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    if (dir && executable(`${dir}/${name}`)) return `${dir}/${name}`
  }
  return undefined
}

export function chromiumPath() {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
}

/** How every test and benchmark starts Chromium: nothing of its own reaches the network. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

export function firefoxPath() {
  return process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr'
}

export function webkitDriverPath() {
  return process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver'
}

let miniBrowser
/** MiniBrowser is not on PATH: Debian ships it inside the library package, in a versioned folder. */
export function miniBrowserPath() {
  if (process.env.MINIBROWSER_PATH) return process.env.MINIBROWSER_PATH
  if (miniBrowser === undefined) {
    try {
      const files = execFileSync('dpkg', ['-L', 'libwebkit2gtk-4.1-0'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      })
      miniBrowser = files.split('\n').find((line) => line.endsWith('/MiniBrowser')) ?? ''
    } catch {
      miniBrowser = ''
    }
  }
  return miniBrowser || undefined
}

/**
 * What each engine needs, how to get it on Debian, and how to run its journeys. `missing()` lists
 * what is not there (empty when the engine can run).
 */
export const engines = {
  chromium: {
    title: 'Chromium',
    report: `${root}test-results/playwright.json`,
    install: 'sudo apt-get install chromium',
    skipped: 'The offline, update, autosave and accessibility tests did NOT run.',
    note: '(Never `npx playwright install`: the tests use the system Chromium.)',
    missing() {
      return executable(chromiumPath()) ? [] : [`no Chromium at ${chromiumPath()}`]
    },
    command(args = []) {
      return { command: playwright(), args: ['test', '-c', e2eConfig, ...args], env: {} }
    },
  },
  firefox: {
    title: 'Firefox ESR',
    report: `${root}test-results/firefox.json`,
    install: 'sudo apt-get install firefox-esr',
    skipped: 'The core journeys did NOT run in Firefox.',
    missing() {
      return executable(firefoxPath()) ? [] : [`no Firefox at ${firefoxPath()}`]
    },
    command(args = []) {
      return {
        command: playwright(),
        args: ['test', '-c', config, ...args],
        env: { ENGINE: 'firefox' },
      }
    },
  },
  webkit: {
    title: 'WebKitGTK',
    report: `${root}test-results/webkit.json`,
    install: 'sudo apt-get install webkit2gtk-driver xvfb xauth',
    skipped: 'The core journeys did NOT run in WebKit, the engine of every iPhone browser.',
    missing() {
      const missing = []
      if (!executable(webkitDriverPath()))
        missing.push(`no WebKitWebDriver at ${webkitDriverPath()}`)
      const mini = miniBrowserPath()
      if (!mini || !executable(mini))
        missing.push(`no MiniBrowser (${mini ?? 'libwebkit2gtk-4.1-0'})`)
      if (!onPath('xvfb-run')) missing.push('no xvfb-run (package xvfb)')
      if (!onPath('xauth')) missing.push('no xauth')
      return missing
    },
    // MiniBrowser has no headless mode: it runs on a virtual X display for the whole run.
    command(args = []) {
      return {
        command: onPath('xvfb-run') ?? 'xvfb-run',
        args: ['-a', '-s', '-screen 0 1280x1024x24', playwright(), 'test', '-c', config, ...args],
        env: { ENGINE: 'webkit' },
      }
    },
  },
}

const config = `${root}tests/engines/playwright.config.ts`
const e2eConfig = `${root}tests/e2e/playwright.config.ts`
function playwright() {
  return `${root}node_modules/.bin/playwright`
}

/** The loud warning when a browser is missing outside CI (in CI that is a failure instead). */
export function warnMissing(engine, problems) {
  const bar = '!'.repeat(78)
  console.warn(
    [
      '',
      bar,
      `!!  BROWSER TESTS SKIPPED: ${problems.join('; ')}`,
      `!!  ${engine.skipped}`,
      `!!  Install the system browser (Debian/Ubuntu):  ${engine.install}`,
      ...(engine.note ? [`!!  ${engine.note}`] : []),
      '!!  In CI (CI=true) a missing browser fails the run instead.',
      bar,
      '',
    ].join('\n'),
  )
}
