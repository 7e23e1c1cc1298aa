// The small driver the core journeys are written against (tests/engines/journeys.ts). Three
// adapters implement it: Playwright for Chromium (playwright-driver.ts), puppeteer-core over
// WebDriver BiDi for Firefox (firefox.ts) and selenium-webdriver with WebKitWebDriver for WebKitGTK
// (webkit.ts). Elements are found the way a person finds them — by role and accessible name, by a
// field's label, by visible text — never by CSS. Every step waits for what it needs, up to
// STEP_TIMEOUT, so a journey never sleeps.

/** The roles the journeys use. */
export type Role =
  | 'alert'
  | 'button'
  | 'checkbox'
  | 'heading'
  | 'link'
  | 'listitem'
  | 'status'
  | 'textbox'

/** A string matches a whole accessible name (spaces collapsed); a RegExp matches part of it. */
export type Name = string | RegExp

/** Narrows a text search to elements of a role holding some text (a list item with a note). */
export interface Within {
  role: Role
  hasText: string
}

export interface Download {
  /** The file name the browser saved it under. */
  name: string
  path: string
  text: string
}

export interface Driver {
  /** Opens a path of the journey's origin (`/`, `/reviews/…`). */
  goto(path: string): Promise<void>
  reload(): Promise<void>
  /** The current URL's path. */
  path(): Promise<string>
  /** Types into the text field whose label is exactly `label`, replacing what it held. */
  fill(label: string, text: string): Promise<void>
  /** Chooses an option, by its text, in the select labelled `label`. */
  select(label: string, option: string): Promise<void>
  /** Ticks the checkbox labelled `label` (left ticked if it is). */
  check(label: string): Promise<void>
  click(role: Role, name: Name): Promise<void>
  /** Gives the file input labelled `label` a file from disk. */
  upload(label: string, file: string): Promise<void>
  /** Waits until `text` shows in a visible element (inside `within`, when given). */
  see(text: Name, within?: Within): Promise<void>
  /** Waits until no visible element shows `text`. */
  notSee(text: Name): Promise<void>
  /** Waits until an element of `role` named `name` is visible. */
  seeRole(role: Role, name: Name): Promise<void>
  /** Waits until the field labelled `label` holds exactly `value`. */
  expectValue(label: string, value: string): Promise<void>
  /** Waits for the next file the browser saves (after the last one this returned), complete. */
  nextDownload(): Promise<Download>
  /** Runs `fn` in the page (it must not close over anything) and returns its JSON result. */
  evaluate<T>(fn: () => T | Promise<T>): Promise<T>
  screenshot(path: string): Promise<void>
}

/** What a journey is given: its own origin, fresh profiles on it, and its server to take down. */
export interface JourneyContext {
  /** The journey's own server, e.g. http://127.0.0.1:39541: an origin no other journey uses. */
  origin: string
  /** A browser with a fresh profile of its own (own storage, own service worker), like a phone. */
  newProfile(name: string): Promise<Driver>
  /** Takes the server away: from now on only the service worker can answer. */
  stopServer(): Promise<void>
}

export interface Journey {
  name: string
  run(context: JourneyContext): Promise<void>
}

/** The phone every engine's page is sized to (CSS pixels). */
export const PHONE = { width: 390, height: 844 }

/** How long one step waits for the page before it fails. Generous: two busy cores. */
export const STEP_TIMEOUT = 15_000
