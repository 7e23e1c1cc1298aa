import { STEP_TIMEOUT } from './driver'

/**
 * Tries `attempt` until it returns something other than a string, for up to `timeout` ms. A
 * string says why it is not there yet; the last one goes into the error. An attempt that throws
 * (the page was navigating) counts as "not yet".
 */
export async function poll<T>(
  what: string,
  attempt: () => Promise<T | string>,
  timeout = STEP_TIMEOUT,
): Promise<T> {
  const deadline = Date.now() + timeout
  let problem = 'not tried'
  for (;;) {
    try {
      const result = await attempt()
      if (typeof result !== 'string') return result
      problem = result
    } catch (error) {
      problem = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)
    }
    if (Date.now() > deadline) throw new Error(`${what}: ${problem} (waited ${timeout} ms)`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}
