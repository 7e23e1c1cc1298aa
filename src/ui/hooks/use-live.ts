import { liveQuery } from 'dexie'
import { useLayoutEffect, useState } from 'preact/hooks'

/** Runs `query` now and after every write that touches what it read; returns the unsubscribe. */
export function subscribeLive<T>(query: () => Promise<T>, next: (value: T) => void): () => void {
  const subscription = liveQuery(query).subscribe({
    next,
    error: (error: unknown) => console.error(error),
  })
  return () => subscription.unsubscribe()
}

/** What a screen already holds of a live query's answer, and how to tell the answer is the same. */
export interface Held<T> {
  value: T
  same: (held: T, answer: T) => boolean
}

/**
 * The current result of a Dexie query, kept live: any write that touches what it read
 * (a local edit, an import, another tab) runs it again. undefined while loading, or `held`'s value
 * when the screen already has it (ui/hand-over.ts, a value read beside the screen's own reads):
 * an answer that is the same as it then changes nothing and costs no render.
 */
export function useLive<T>(
  query: () => Promise<T>,
  deps: readonly unknown[],
  held?: Held<T>,
): T | undefined {
  const key = JSON.stringify(deps)
  const [state, setState] = useState<{ key: string; value: T } | undefined>(
    held && { key, value: held.value },
  )
  const same = held?.same
  // Subscribed as soon as the component is in the page, not after its first paint (when an effect
  // runs): the read starts a frame sooner, which a phone pays for on every screen it opens.
  useLayoutEffect(
    () =>
      subscribeLive(query, (value) =>
        setState((now) =>
          now?.key === key && same !== undefined && same(now.value, value) ? now : { key, value },
        ),
      ),
    [key],
  )
  return state && state.key === key ? state.value : undefined
}
