import { fileURLToPath } from 'node:url'
import { defineConfig } from '@playwright/test'
import { engines } from './engines.mjs'

// The core journeys (journeys.ts) in Firefox ESR or WebKitGTK, one engine per run: ENGINE=firefox
// or ENGINE=webkit (tests/engines/run.mjs and `npm test` set it). Playwright is only the test
// runner here — its timeouts, report and output folders; the browsers are driven by puppeteer-core
// (Firefox) and selenium-webdriver (WebKit), never by Playwright, and nothing is downloaded.
const root = fileURLToPath(new URL('../..', import.meta.url))
const engine = process.env.ENGINE ?? ''
if (engine !== 'firefox' && engine !== 'webkit') {
  throw new Error(`Set ENGINE=firefox or ENGINE=webkit (got "${engine}").`)
}

export default defineConfig({
  testDir: '.',
  testMatch: 'journeys.spec.ts',
  outputDir: `${root}test-results/${engine}`,
  globalSetup: './global-setup.ts',
  forbidOnly: process.env.CI === 'true',
  retries: 0,
  // One journey at a time: each starts its own browsers, and the machine has two cores.
  workers: 1,
  // A hang guard, not a speed test: one journey takes 10 to 40 seconds.
  timeout: 240_000,
  preserveOutput: 'failures-only',
  reporter: [['list'], ['json', { outputFile: engines[engine].report }]],
  projects: [{ name: engine }],
})
