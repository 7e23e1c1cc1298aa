import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { expect, firstRun, test } from './fixtures'

test.describe.configure({ timeout: 120_000 })

test('every screen keeps to its own origin and to the Content-Security-Policy', async ({
  page,
  baseURL,
}) => {
  const origin = new URL(baseURL ?? '').origin
  const foreign: string[] = []
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin) {
      foreign.push(request.url())
    }
  })
  const refused: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text())
  })
  await page.addInitScript(() => {
    const w = window as unknown as { cspViolations: string[] }
    w.cspViolations = []
    document.addEventListener('securitypolicyviolation', (e) => {
      w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`)
    })
  })

  await page.goto('/')
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content')
  for (const directive of [
    "default-src 'self'",
    "script-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
  ]) {
    expect(csp).toContain(directive)
  }
  expect(csp).not.toContain('unsafe-inline')
  // WebAssembly may compile (the QR decoder) and nothing wider: no 'unsafe-eval', no other source.
  const scriptSrc = csp?.split(';').map((directive) => directive.trim())
  expect(scriptSrc?.filter((directive) => directive.startsWith('script-src'))).toEqual([
    "script-src 'self' 'wasm-unsafe-eval'",
  ])
  expect(csp).not.toContain("'unsafe-eval'")

  await firstRun(page)
  await page.getByRole('button', { name: 'Try a sample review' }).click()
  await expect(page.getByRole('heading', { name: 'Visits' })).toBeVisible()
  const reviewPath = new URL(page.url()).pathname.replace(/\/visits$/, '')

  const visited: string[] = []
  const walk = async (path: string) => {
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    visited.push(path)
  }
  for (const tab of [
    'focus',
    'visits',
    'conversations',
    'evidence',
    'feedback',
    'share',
    'report',
  ]) {
    await walk(`${reviewPath}/${tab}`)
  }
  await page.goto(`${reviewPath}/visits`)
  await page.getByRole('link', { name: /Year 4/ }).click()
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await page.goto(`${reviewPath}/conversations`)
  await page.getByRole('link', { name: /six pupils/ }).click()
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  for (const path of ['/', '/reviews/new', '/import', '/settings']) await walk(path)

  const violations = await page.evaluate(
    () => (window as unknown as { cspViolations: string[] }).cspViolations,
  )
  expect(violations, 'CSP violation reports').toEqual([])
  expect(refused, 'CSP refusals in the console').toEqual([])
  expect(foreign, 'requests to another origin').toEqual([])
  expect(visited.length).toBeGreaterThanOrEqual(11)
})

test('another site cannot show the app in a frame, and every response says so', async ({
  page,
  baseURL,
}) => {
  const app = `${baseURL ?? ''}/`
  const response = await page.request.get(app)
  expect(response.headers()['content-security-policy']).toBe("frame-ancestors 'none'")
  expect(response.headers()['x-content-type-options']).toBe('nosniff')
  expect(response.headers()['referrer-policy']).toBe('no-referrer')

  const refused: string[] = []
  page.on('console', (message) => {
    if (/frame-ancestors/.test(message.text())) refused.push(message.text())
  })
  // A page of another origin (another port) that frames the app.
  const framer = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
    res.end(`<!doctype html><title>Framer</title><iframe src="${app}" title="app"></iframe>`)
  })
  await new Promise<void>((done) => framer.listen(0, '127.0.0.1', done))
  const { port } = framer.address() as AddressInfo
  try {
    await page.goto(`http://127.0.0.1:${port}/`)
    await expect.poll(() => refused.length).toBeGreaterThan(0)
    const frame = page.frames().find((f) => f !== page.mainFrame())
    expect(frame?.url().startsWith(app) && (await frame.title()) === 'Review Day').toBe(false)
    await expect(
      page.frameLocator('iframe').getByRole('heading', { name: 'Who are you?' }),
    ).toHaveCount(0)
  } finally {
    framer.closeAllConnections()
    await new Promise((done) => framer.close(done))
  }
})
