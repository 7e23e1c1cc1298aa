export interface TestServer {
  /** http://127.0.0.1:<port>, without a trailing slash. */
  url: string
  port: number
  /** The absolute directory being served. */
  dir(): string
  /** Serve another directory from now on (a new "deploy"). */
  setDir(dir: string): void
  close(): Promise<void>
}

export function startServer(options: {
  dir: string
  port?: number
  host?: string
}): Promise<TestServer>

/** The headers a `_headers` file gives every path (`/*`). */
export function parseHeaders(text: string): Record<string, string>
