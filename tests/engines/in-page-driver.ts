import { DownloadFolder } from './downloads'
import type { Download, Driver, Name, Role, Within } from './driver'
import { byLabel, byRole, byText, explain, lastClick, type Query, watchNextClick } from './in-page'
import { poll } from './poll'

/** A page function: the drivers pass it to the browser as source, with JSON or element arguments. */
// biome-ignore lint/suspicious/noExplicitAny: arguments are whatever the page function takes
export type PageFunction<T> = (...args: any[]) => T | Promise<T>

/**
 * The driver steps for engines driven through a remote protocol (Firefox over WebDriver BiDi,
 * WebKit over WebDriver): elements are found by findInPage, inside the page, then clicked and typed
 * into with the protocol's real input actions. Subclasses supply the protocol: `E` is its element
 * reference (a puppeteer ElementHandle, a selenium WebElement).
 */
export abstract class InPageDriver<E> implements Driver {
  readonly downloads: DownloadFolder

  constructor(
    protected readonly origin: string,
    downloadDir: string,
  ) {
    this.downloads = new DownloadFolder(downloadDir)
  }

  /** Runs `fn(...args)` in the page and returns its JSON result; elements may be passed in. */
  protected abstract run<T>(fn: PageFunction<T>, ...args: unknown[]): Promise<T>
  /** findInPage(query) in the page: the element, or why not. */
  protected abstract locate(query: Query): Promise<E | string>
  protected abstract clickElement(element: E): Promise<void>
  /** Types `text` with key events into a focused, emptied field. */
  protected abstract typeInto(element: E, text: string): Promise<void>
  protected abstract setFile(element: E, path: string): Promise<void>
  abstract goto(path: string): Promise<void>
  abstract reload(): Promise<void>
  abstract path(): Promise<string>
  abstract evaluate<T>(fn: () => T | Promise<T>): Promise<T>
  abstract screenshot(path: string): Promise<void>
  abstract close(): Promise<void>

  protected url(path: string): string {
    return new URL(path, this.origin).href
  }

  protected find(query: Query): Promise<E> {
    return poll(`no ${explain(query)}`, () => this.locate(query))
  }

  async fill(label: string, text: string): Promise<void> {
    const field = await this.find(byLabel(label))
    // Emptied as a person would select all and delete: one input event the app listens to.
    await this.run((el: HTMLInputElement) => {
      el.focus()
      el.value = ''
      el.dispatchEvent(new Event('input', { bubbles: true }))
    }, field)
    await this.typeInto(field, text)
    await this.expectValue(label, text)
  }

  async select(label: string, option: string): Promise<void> {
    const field = await this.find(byLabel(label))
    const chosen = await this.run(
      (el: HTMLSelectElement, text: string) => {
        const match = [...el.options].find((o) => o.text.trim() === text)
        if (!match) return false
        el.value = match.value
        el.dispatchEvent(new Event('input', { bubbles: true }))
        el.dispatchEvent(new Event('change', { bubbles: true }))
        return true
      },
      field,
      option,
    )
    if (chosen !== true) throw new Error(`no option "${option}" in the select "${label}"`)
  }

  async check(label: string): Promise<void> {
    const box = await this.find(byLabel(label))
    const checked = () => this.run((el: HTMLInputElement) => el.checked, box)
    if (await checked()) return
    // One tap, as a person taps: if it is lost (the page moved under it), the step fails and says
    // where the click landed, rather than tapping again and hiding it.
    await this.run(watchNextClick)
    await this.clickElement(box)
    await poll(`"${label}" ticked`, async () =>
      (await checked()) ? true : `not ticked; the click landed on ${await this.run(lastClick)}`,
    )
  }

  async click(role: Role, name: Name): Promise<void> {
    await this.clickElement(await this.find(byRole(role, name)))
  }

  async upload(label: string, file: string): Promise<void> {
    await this.setFile(await this.find(byLabel(label)), file)
  }

  async see(text: Name, within?: Within): Promise<void> {
    await this.find(byText(text, within))
  }

  async notSee(text: Name): Promise<void> {
    const query = byText(text)
    await poll(`${explain(query)} gone`, async () => {
      const found = await this.locate(query)
      return typeof found === 'string' ? true : 'still shown'
    })
  }

  async seeRole(role: Role, name: Name): Promise<void> {
    await this.find(byRole(role, name))
  }

  async expectValue(label: string, value: string): Promise<void> {
    const query = byLabel(label)
    await poll(`"${label}" holding "${value}"`, async () => {
      const field = await this.locate(query)
      if (typeof field === 'string') return `${explain(query)}: ${field}`
      const now = await this.run((el: HTMLInputElement) => el.value, field)
      return now === value ? true : `it holds "${String(now)}"`
    })
  }

  nextDownload(): Promise<Download> {
    return this.downloads.next()
  }
}
