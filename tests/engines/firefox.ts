import { join } from 'node:path'
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core'
import { PHONE } from './driver'
import { firefoxPath } from './engines.mjs'
import { findInPage, type Query } from './in-page'
import { InPageDriver, type PageFunction } from './in-page-driver'
import type { Launcher, ProfileDriver } from './run-journey'

// Firefox ESR driven by puppeteer-core over WebDriver BiDi (its CDP support is gone), headless.
// puppeteer-core never downloads a browser: it is given Debian's firefox-esr.

class FirefoxDriver extends InPageDriver<ElementHandle> implements ProfileDriver {
  constructor(
    private readonly browser: Browser,
    private readonly page: Page,
    origin: string,
    downloadDir: string,
  ) {
    super(origin, downloadDir)
  }

  protected run<T>(fn: PageFunction<T>, ...args: unknown[]): Promise<T> {
    return this.page.evaluate(fn, ...args) as Promise<T>
  }

  protected async locate(query: Query): Promise<ElementHandle | string> {
    const handle = await this.page.evaluateHandle(findInPage, query)
    const element = handle.asElement()
    if (element) return element as ElementHandle
    const problem = (await handle.jsonValue()) as string
    await handle.dispose()
    return problem
  }

  protected async clickElement(element: ElementHandle): Promise<void> {
    await element.click()
  }

  protected async typeInto(element: ElementHandle, text: string): Promise<void> {
    await element.type(text)
  }

  protected async setFile(element: ElementHandle, path: string): Promise<void> {
    await (element as ElementHandle<HTMLInputElement>).uploadFile(path)
  }

  async goto(path: string): Promise<void> {
    await this.page.goto(this.url(path))
  }

  async reload(): Promise<void> {
    await this.page.reload()
  }

  async path(): Promise<string> {
    return new URL(this.page.url()).pathname
  }

  evaluate<T>(fn: () => T | Promise<T>): Promise<T> {
    return this.page.evaluate(fn) as Promise<T>
  }

  async screenshot(path: string): Promise<void> {
    await this.page.screenshot({ path: path as `${string}.png`, fullPage: true })
  }

  async close(): Promise<void> {
    await this.browser.close()
  }
}

/** Each profile is a Firefox of its own, on a fresh temporary profile that saves downloads to `dir`. */
export const firefox: Launcher = {
  async newProfile(origin, dir) {
    const downloads = join(dir, 'downloads')
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: firefoxPath(),
      headless: true,
      defaultViewport: PHONE,
      extraPrefsFirefox: {
        'browser.download.folderList': 2,
        'browser.download.dir': downloads,
        'browser.download.useDownloadDir': true,
        'browser.download.always_ask_before_handling_new_types': false,
        'browser.helperApps.neverAsk.saveToDisk': 'application/json',
        'intl.accept_languages': 'en-GB',
      },
    })
    const [page] = await browser.pages()
    return new FirefoxDriver(browser, page ?? (await browser.newPage()), origin, downloads)
  },
}
