import { type ChildProcess, spawn } from 'node:child_process'
import { mkdirSync, openSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { Builder, type WebDriver, type WebElement } from 'selenium-webdriver'
import { PHONE } from './driver'
import { miniBrowserPath, webkitDriverPath } from './engines.mjs'
import { findInPage, type Query } from './in-page'
import { InPageDriver, type PageFunction } from './in-page-driver'
import { poll } from './poll'
import type { Launcher, ProfileDriver } from './run-journey'

// WebKitGTK's MiniBrowser driven by selenium-webdriver through Debian's WebKitWebDriver, on the X
// display xvfb-run gives the whole run (MiniBrowser has no headless mode). The driver is started
// here, by path, and selenium only talks to it: Selenium Manager (which downloads drivers) must
// never run, so it is pointed at nothing and told it is offline — if anything called it, it fails.
process.env.SE_MANAGER_PATH = '/nonexistent/selenium-manager-is-never-used'
process.env.SE_OFFLINE = 'true'

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

/** Stops a process we started in its own group, and everything it started (MiniBrowser). */
function stopGroup(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null) return
  try {
    process.kill(-child.pid, 'SIGTERM')
  } catch {
    // Already gone.
  }
}

class WebKitDriver extends InPageDriver<WebElement> implements ProfileDriver {
  constructor(
    private readonly driver: WebDriver,
    private readonly service: ChildProcess,
    origin: string,
    downloadDir: string,
  ) {
    super(origin, downloadDir)
  }

  protected run<T>(fn: PageFunction<T>, ...args: unknown[]): Promise<T> {
    return this.driver.executeScript(fn, ...args)
  }

  protected locate(query: Query): Promise<WebElement | string> {
    return this.driver.executeScript(findInPage, query)
  }

  protected async clickElement(element: WebElement): Promise<void> {
    await element.click()
  }

  protected async typeInto(element: WebElement, text: string): Promise<void> {
    await element.sendKeys(text)
  }

  protected async setFile(element: WebElement, path: string): Promise<void> {
    // WebDriver's way to choose a file: its path typed into the file input.
    await element.sendKeys(path)
  }

  async goto(path: string): Promise<void> {
    await this.driver.get(this.url(path))
  }

  async reload(): Promise<void> {
    await this.driver.navigate().refresh()
  }

  async path(): Promise<string> {
    return new URL(await this.driver.getCurrentUrl()).pathname
  }

  async evaluate<T>(fn: () => T | Promise<T>): Promise<T> {
    const result: { value?: T; error?: string } = await this.driver.executeAsyncScript(
      `const done = arguments[arguments.length - 1];
      Promise.resolve().then(${fn.toString()}).then(
        (value) => done({ value }),
        (error) => done({ error: String(error) }),
      )`,
    )
    if (result.error !== undefined) throw new Error(`in the page: ${result.error}`)
    return result.value as T
  }

  async screenshot(path: string): Promise<void> {
    writeFileSync(path, await this.driver.takeScreenshot(), 'base64')
  }

  async close(): Promise<void> {
    try {
      await this.driver.quit()
    } finally {
      stopGroup(this.service)
    }
  }
}

/** Starts WebKitWebDriver with HOME set to `home`, which MiniBrowser inherits; waits for it. */
async function startDriver(
  home: string,
  log: string,
): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort()
  const out = openSync(log, 'a')
  const child = spawn(webkitDriverPath(), [`--port=${port}`], {
    detached: true,
    stdio: ['ignore', out, out],
    env: { ...process.env, HOME: home },
  })
  const url = `http://127.0.0.1:${port}`
  await poll(`WebKitWebDriver on port ${port} (log: ${log})`, async () => {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited with ${child.exitCode}`)
    const response = await fetch(`${url}/status`)
    return response.ok ? true : `status ${response.status}`
  })
  return { url, child }
}

/**
 * Each profile is a MiniBrowser of its own, started by a WebKitWebDriver of its own with a fresh
 * HOME: MiniBrowser saves downloads straight into $HOME, without asking.
 */
export const webkit: Launcher = {
  async newProfile(origin, dir) {
    const home = join(dir, 'home')
    mkdirSync(home, { recursive: true })
    const { url, child } = await startDriver(home, join(dir, 'webkitwebdriver.log'))
    try {
      const driver = await new Builder()
        .disableEnvironmentOverrides()
        .usingServer(url)
        .withCapabilities({
          browserName: 'MiniBrowser',
          'webkitgtk:browserOptions': {
            binary: miniBrowserPath(),
            // Safari has the Storage API (persist, estimate); WebKitGTK keeps it behind a switch
            // and, without it, has no navigator.storage at all. Switched on: run as Safari runs.
            args: ['--automation', '--features=+StorageAPI,+StorageAPIEstimate'],
          },
        })
        .build()
      // MiniBrowser's toolbar keeps its window at least 447 px wide: the page gets 447×806.
      await driver.manage().window().setRect(PHONE)
      await driver.manage().setTimeouts({ script: 30_000 })
      return new WebKitDriver(driver, child, origin, home)
    } catch (error) {
      stopGroup(child)
      throw error
    }
  },
}
