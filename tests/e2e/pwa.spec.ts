import { readFileSync } from 'node:fs'
import {
  buildDir,
  expect,
  expectNoSeriousA11yViolations,
  test,
  waitForServiceWorkerControl,
} from './fixtures'

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string
}

type ManifestIcon = { src: string; sizes: string; type?: string; purpose?: string }
type Manifest = {
  name?: string
  short_name?: string
  start_url?: string
  scope?: string
  display?: string
  icons?: ManifestIcon[]
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): string {
  expect(bytes.subarray(1, 4).toString('latin1'), 'a PNG signature').toBe('PNG')
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`
}

test('the app opens and links a web app manifest that can be installed', async ({ page }) => {
  await page.goto('/')
  await expect(page.locator('#app')).not.toBeEmpty()

  const href = await page.locator('link[rel="manifest"]').getAttribute('href')
  expect(href, 'a <link rel="manifest">').toBeTruthy()
  const response = await page.request.get(new URL(href ?? '', page.url()).href)
  expect(response.ok()).toBe(true)
  expect(response.headers()['content-type']).toContain('application/manifest+json')
  const manifest = (await response.json()) as Manifest
  expect(manifest).toMatchObject({
    name: 'Review Day',
    short_name: 'Review Day',
    start_url: '/',
    scope: '/',
    display: 'standalone',
  })

  const icons = manifest.icons ?? []
  const find = (sizes: string, purpose: string) =>
    icons.find((i) => i.sizes === sizes && (i.purpose ?? 'any').split(' ').includes(purpose))
  for (const [sizes, purpose] of [
    ['192x192', 'any'],
    ['512x512', 'any'],
    ['512x512', 'maskable'],
  ] as const) {
    const icon = find(sizes, purpose)
    expect(icon, `a ${sizes} ${purpose} icon`).toBeDefined()
    const image = await page.request.get(new URL(icon?.src ?? '', page.url()).href)
    expect(image.headers()['content-type']).toBe('image/png')
    expect(pngSize(await image.body()), `${icon?.src} is as big as it says`).toBe(sizes)
  }

  await expectNoSeriousA11yViolations(page)
})

test('after one visit the app opens with the network gone, deep links included', async ({
  page,
  context,
  ownServer,
}) => {
  await page.goto(ownServer.url)
  await waitForServiceWorkerControl(page)

  // Really offline: the server is gone, and the browser is told it has no network.
  await ownServer.close()
  await context.setOffline(true)

  const reload = await page.reload()
  expect(reload?.fromServiceWorker(), 'the reload was answered by the service worker').toBe(true)
  await expect(page.locator('#app')).not.toBeEmpty()

  const deepLink = await page.goto(`${ownServer.url}/reviews/abc`)
  expect(deepLink?.fromServiceWorker(), 'the deep link was answered by the service worker').toBe(
    true,
  )
  await expect(page.locator('#app')).not.toBeEmpty()
  await expect(page.locator('html')).toHaveAttribute('data-version', pkg.version)
})

test('a new version is offered, not forced, and Reload runs it', async ({ page, ownServer }) => {
  await page.goto(ownServer.url)
  await waitForServiceWorkerControl(page)
  const html = page.locator('html')
  await expect(html).toHaveAttribute('data-version', pkg.version)

  // Deploy the next build (BUILD_ID=next) behind the running app.
  const deployed = await page.request.post(
    `${ownServer.url}/__test/serve?dir=${encodeURIComponent(buildDir('dist-next'))}`,
  )
  expect(deployed.ok()).toBe(true)

  // A marker that only survives if the page is not reloaded behind the person's back.
  await page.evaluate(() => {
    document.body.dataset.unsaved = 'a note being typed'
  })
  // The app looks for a new version whenever it becomes visible again (src/README.md, "Known
  // browser pitfalls").
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')))

  const prompt = page.getByRole('status').filter({ hasText: 'Update available' })
  await expect(prompt).toBeVisible({ timeout: 20_000 })
  const reload = prompt.getByRole('button', { name: 'Reload' })
  await expect(reload).toBeVisible()
  const box = await reload.boundingBox()
  expect(box?.height ?? 0, 'Reload is a 44px touch target').toBeGreaterThanOrEqual(44)
  expect(box?.width ?? 0, 'Reload is a 44px touch target').toBeGreaterThanOrEqual(44)

  // Offered, not forced: still the old version, nothing reloaded.
  await expect(html).toHaveAttribute('data-version', pkg.version)
  await expect(page.locator('body')).toHaveAttribute('data-unsaved', 'a note being typed')

  await reload.click()
  await expect(html).toHaveAttribute('data-version', `${pkg.version}+next`)
  await expect(page.locator('#app')).not.toBeEmpty()
  await expect(page.getByRole('status').filter({ hasText: 'Update available' })).toHaveCount(0)
})
