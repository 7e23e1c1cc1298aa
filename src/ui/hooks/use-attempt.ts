import { useCallback, useRef, useState } from 'preact/hooks'
import { explainError, type Said } from '../components/Message'

/**
 * A press whose work writes (start a visit, create a review). While the work runs the press is
 * `busy` and a second press is ignored (a double tap on a slow phone would otherwise start two
 * visits); if the work throws — a full disk, a review removed in another tab — the catalogue's
 * sentence says why where the person pressed, instead of nothing happening. Show `said` with
 * <Message>.
 */
export function useAttempt() {
  const [said, setSaid] = useState<Said | null>(null)
  const [busy, setBusy] = useState(false)
  const running = useRef(false)
  const attempt = useCallback(async (work: () => Promise<unknown>): Promise<void> => {
    if (running.current) return
    running.current = true
    setBusy(true)
    setSaid(null)
    try {
      await work()
    } catch (error) {
      setSaid({ text: explainError(error), error: true })
    } finally {
      running.current = false
      setBusy(false)
    }
  }, [])
  return { said, setSaid, busy, attempt }
}
