import { renameSync } from 'node:fs'
import { join } from 'node:path'
import { type Browser, expect, type Locator, type Page } from '@playwright/test'
import { DownloadFolder } from './downloads'
import { type Download, type Name, PHONE, type Role, STEP_TIMEOUT, type Within } from './driver'
import { partOfText } from './in-page'
import type { Launcher, ProfileDriver } from './run-journey'

/** A string finds its text anywhere, case and all, as the Firefox and WebKit drivers do. */
function textPattern(text: Name): RegExp {
  const { source, flags } = partOfText(text)
  return new RegExp(source, flags)
}

/** Playwright's own locators, by role and accessible name, label and text, with exact names. */
class PlaywrightDriver implements ProfileDriver {
  private readonly downloads: DownloadFolder

  constructor(
    private readonly page: Page,
    private readonly origin: string,
    downloadDir: string,
  ) {
    this.downloads = new DownloadFolder(downloadDir)
    // Saved under a temporary name, then renamed: the folder only ever shows whole files.
    page.on('download', async (download) => {
      const name = download.suggestedFilename()
      await download.saveAs(join(downloadDir, `${name}.crdownload`))
      renameSync(join(downloadDir, `${name}.crdownload`), join(downloadDir, name))
    })
  }

  private byLabel(label: string): Locator {
    return this.page.getByLabel(label, { exact: true })
  }

  private byRole(role: Role, name: Name): Locator {
    return this.page.getByRole(role, { name, exact: typeof name === 'string' })
  }

  private byText(text: Name, within?: Within): Locator {
    const scope = within
      ? this.page.getByRole(within.role).filter({ hasText: within.hasText })
      : this.page
    return scope.getByText(textPattern(text)).filter({ visible: true }).first()
  }

  async goto(path: string): Promise<void> {
    await this.page.goto(new URL(path, this.origin).href)
  }

  async reload(): Promise<void> {
    await this.page.reload()
  }

  async path(): Promise<string> {
    return new URL(this.page.url()).pathname
  }

  async fill(label: string, text: string): Promise<void> {
    await this.byLabel(label).fill(text, { timeout: STEP_TIMEOUT })
    await this.expectValue(label, text)
  }

  async select(label: string, option: string): Promise<void> {
    await this.byLabel(label).selectOption({ label: option }, { timeout: STEP_TIMEOUT })
  }

  async check(label: string): Promise<void> {
    await this.byLabel(label).check({ timeout: STEP_TIMEOUT })
  }

  async click(role: Role, name: Name): Promise<void> {
    await this.byRole(role, name).click({ timeout: STEP_TIMEOUT })
  }

  async upload(label: string, file: string): Promise<void> {
    await this.byLabel(label).setInputFiles(file, { timeout: STEP_TIMEOUT })
  }

  async see(text: Name, within?: Within): Promise<void> {
    await expect(this.byText(text, within)).toBeVisible({ timeout: STEP_TIMEOUT })
  }

  async notSee(text: Name): Promise<void> {
    await expect(this.page.getByText(textPattern(text)).filter({ visible: true })).toHaveCount(0, {
      timeout: STEP_TIMEOUT,
    })
  }

  async seeRole(role: Role, name: Name): Promise<void> {
    await expect(this.byRole(role, name)).toBeVisible({ timeout: STEP_TIMEOUT })
  }

  async expectValue(label: string, value: string): Promise<void> {
    await expect(this.byLabel(label)).toHaveValue(value, { timeout: STEP_TIMEOUT })
  }

  nextDownload(): Promise<Download> {
    return this.downloads.next()
  }

  evaluate<T>(fn: () => T | Promise<T>): Promise<T> {
    return this.page.evaluate(fn)
  }

  async screenshot(path: string): Promise<void> {
    await this.page.screenshot({ path, fullPage: true })
  }

  async close(): Promise<void> {
    await this.page.context().close()
  }
}

/** Each profile is a fresh browser context of the suite's Chromium: its own storage and worker. */
export function chromium(browser: Browser): Launcher {
  return {
    async newProfile(origin, dir) {
      const context = await browser.newContext({
        viewport: PHONE,
        locale: 'en-GB',
        serviceWorkers: 'allow',
        acceptDownloads: true,
      })
      return new PlaywrightDriver(await context.newPage(), origin, join(dir, 'downloads'))
    },
  }
}
