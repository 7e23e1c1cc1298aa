import { AxeBuilder } from '@axe-core/playwright'
import { test as base, expect, type Locator, type Page } from '@playwright/test'
import { startServer, type TestServer } from './serve.mjs'

const root = new URL('../..', import.meta.url).pathname

/** Waits until a service worker controls the page, reloading once if it is active but not yet. */
export async function waitForServiceWorkerControl(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
  })
  // The worker claims open pages when it activates; give that a moment before reloading.
  const controlled = await page.evaluate(
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
  await page.reload()
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), {
      message: 'a service worker controls the page after a reload',
    })
    .toBe(true)
}

/** Fails on any serious or critical WCAG 2.2 A/AA violation that axe finds on the page. */
export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze()
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target).join(' | ')}`)
  expect(serious, 'serious or critical accessibility violations').toEqual([])
}

export interface Person {
  name: string
  school: string
  /** The role's label in the form; the form starts at Reviewer. */
  role?: string
}

export const ANN: Person = { name: 'Ann Reviewer', school: 'Oak Primary' }

/**
 * The first run on a device: on the page the app opened at, "Who are you?" is answered and saved,
 * and the reviews list follows. `beforeSave` runs with the form filled in (a screenshot, say).
 */
export async function firstRun(
  page: Page,
  who: Person = ANN,
  beforeSave?: () => Promise<void>,
): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Who are you?' })).toBeVisible()
  await page.getByLabel('Your name').fill(who.name)
  await page.getByLabel('Your school').fill(who.school)
  if (who.role) await page.getByLabel('Your role').selectOption({ label: who.role })
  await beforeSave?.()
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByRole('heading', { name: 'Reviews' })).toBeVisible()
}

/**
 * A first run, the sample review, and a visit started in it: the visit's note box, which has the
 * focus, as a reviewer finds it before typing.
 */
export async function startSampleVisit(page: Page): Promise<Locator> {
  await page.goto('/')
  await firstRun(page)
  await page.getByRole('button', { name: 'Try a sample review' }).click()
  await page.getByRole('button', { name: 'Start a visit' }).click()
  const note = page.getByLabel('Note', { exact: true })
  await expect(note).toBeFocused()
  return note
}

/** The directory of a build, relative to the repository root (`dist`, `dist-next`). */
export function buildDir(name: string): string {
  return `${root}${name}`
}

export const test = base.extend<{ ownServer: TestServer }>({
  // A server of this test's own, on its own port, so its origin — and with it the service worker,
  // caches and IndexedDB — belongs to this test alone. Tests that switch builds or take the server
  // down use it instead of the shared baseURL server.
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern
  ownServer: async ({}, use) => {
    const server = await startServer({ dir: buildDir('dist') })
    await use(server)
    await server.close()
  },
})

export { expect }
