import { useCallback, useRef, useState } from 'preact/hooks'
import { explainError, type Said } from '../components/Message'

/** How long a press's work runs before its button shows it busy. */
export const BUSY_AFTER_MS = 150

/**
 * A press whose work writes (start a visit, create a review). While the work runs a second press
 * is ignored (a double tap on a slow phone would otherwise start two visits), and once it has run
 * for BUSY_AFTER_MS the press shows `busy`; if the work throws — a full disk, a review removed in
 * another tab — the catalogue's sentence says why where the person pressed, instead of nothing
 * happening. Show `said` with <Message>.
 */
export function useAttempt() {
  const [said, setSaid] = useState<Said | null>(null)
  const [busy, setBusy] = useState(false)
  const running = useRef(false)
  const attempt = useCallback(async (work: () => Promise<unknown>): Promise<void> => {
    if (running.current) return
    running.current = true
    // Shown busy only if the work takes a while: a quick write (most are) would otherwise cost
    // the screen a render of its own in the middle of the press, on a slow phone about as long
    // as the write. A second press is ignored from the first moment either way.
    const showBusy = window.setTimeout(() => setBusy(true), BUSY_AFTER_MS)
    setSaid(null)
    try {
      await work()
    } catch (error) {
      setSaid({ text: explainError(error), error: true })
    } finally {
      running.current = false
      window.clearTimeout(showBusy)
      setBusy(false)
    }
  }, [])
  return { said, setSaid, busy, attempt }
}
