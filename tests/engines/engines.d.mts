export interface Engine {
  title: string
  /** Where the engine's Playwright JSON report goes. */
  report: string
  /** How to install what it needs on Debian. */
  install: string
  /** What did not run when it is missing. */
  skipped: string
  note?: string
  /** What is missing, as sentences; empty when the engine can run. */
  missing(): string[]
  /** The command that runs this engine's tests (extra Playwright arguments appended). */
  command(args?: string[]): { command: string; args: string[]; env: Record<string, string> }
}

export const engines: { chromium: Engine; firefox: Engine; webkit: Engine }
export function warnMissing(engine: Engine, problems: string[]): void
export function chromiumPath(): string
/** How every test and benchmark starts Chromium. */
export const CHROMIUM_FLAGS: readonly string[]
export function firefoxPath(): string
export function webkitDriverPath(): string
export function miniBrowserPath(): string | undefined
