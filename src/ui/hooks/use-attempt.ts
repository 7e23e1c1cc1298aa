import { useCallback, useState } from 'preact/hooks'
import { explainError, type Said } from '../components/Message'

/**
 * A press whose work writes (start a visit, create a review): if the work throws — a full disk, a
 * review removed in another tab — the catalogue's sentence says why where the person pressed,
 * instead of nothing happening. Show `said` with <Message>.
 */
export function useAttempt() {
  const [said, setSaid] = useState<Said | null>(null)
  const attempt = useCallback(async (work: () => Promise<void>): Promise<void> => {
    setSaid(null)
    try {
      await work()
    } catch (error) {
      setSaid({ text: explainError(error), error: true })
    }
  }, [])
  return { said, setSaid, attempt }
}
