import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { defineConfig } from '@playwright/test'
import { CHROMIUM_FLAGS, chromiumPath as systemChromium } from '../engines/engines.mjs'

// Browser tests drive the system Chromium (Debian package `chromium`) against the production build
// served on 127.0.0.1. Nothing here downloads a browser or talks to the internet (the README's
// "Tests").
const chromiumPath = systemChromium()
const root = fileURLToPath(new URL('../..', import.meta.url))

// A free port, chosen once in the runner process; workers inherit it through the environment, so
// two runs on one machine (or `npm start` on 4173) never collide. Set E2E_PORT to pin one.
function freePort(): string {
  const script =
    "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})"
  return execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }).trim()
}
process.env.E2E_PORT ||= freePort()
const baseURL = `http://127.0.0.1:${process.env.E2E_PORT}`

if (!existsSync(chromiumPath)) {
  console.warn(`No Chromium at ${chromiumPath}: install the Debian package "chromium".`)
}

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: `${root}/test-results/e2e`,
  globalSetup: './global-setup.ts',
  fullyParallel: true,
  forbidOnly: process.env.CI === 'true',
  retries: 0,
  workers: 2,
  // Generous: two cores, and an axe scan alone takes seconds there.
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: `${root}/test-results/playwright.json` }]],
  use: {
    baseURL,
    browserName: 'chromium',
    serviceWorkers: 'allow',
    locale: 'en-GB',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromiumPath,
      args: [...CHROMIUM_FLAGS],
    },
  },
  webServer: {
    command: `node tests/e2e/serve.mjs dist --port ${process.env.E2E_PORT}`,
    cwd: root,
    url: `${baseURL}/__test/health`,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    timeout: 20_000,
  },
})
