import { afterEach, describe, expect, it, vi } from 'vitest'
import { journalSettled, REPLAY_PATIENCE_MS } from '../../src/db/journal-first'

afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
})

/** Whether the promise has settled once the pending callbacks have run. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false
  void promise.then(() => {
    done = true
  })
  await vi.advanceTimersByTimeAsync(0)
  return done
}

describe('journalSettled: the first render waits for the journal, but not for ever', () => {
  it('waits for the replay to save the journal', async () => {
    vi.useFakeTimers()
    let finish = () => {}
    const replay = () => new Promise<number>((resolve) => (finish = () => resolve(1)))
    const waiting = journalSettled(replay)
    expect(await settled(waiting)).toBe(false)
    finish()
    expect(await settled(waiting)).toBe(true)
  })

  it('draws anyway after its patience when the database never answers', async () => {
    vi.useFakeTimers()
    const waiting = journalSettled(() => new Promise(() => {}))
    await vi.advanceTimersByTimeAsync(REPLAY_PATIENCE_MS - 1)
    expect(await settled(waiting)).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    expect(await settled(waiting)).toBe(true)
  })

  it('draws at once when the replay fails, and says so on the console', async () => {
    vi.useFakeTimers()
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    const waiting = journalSettled(() => Promise.reject(new Error('blocked')))
    expect(await settled(waiting)).toBe(true)
    expect(logged).toHaveBeenCalledWith('Could not replay unsaved text', expect.any(Error))
  })
})
