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

/**
 * The current result of a Dexie query, kept live: any write that touches what it read
 * (a local edit, an import, another tab) runs it again. undefined while loading.
 */
export function useLive<T>(query: () => Promise<T>, deps: readonly unknown[]): T | undefined {
  const [state, setState] = useState<{ key: string; value: T } | undefined>(undefined)
  const key = JSON.stringify(deps)
  // Subscribed as soon as the component is in the page, not after its first paint (when an effect
  // runs): the read starts a frame sooner, which a phone pays for on every screen it opens.
  useLayoutEffect(() => subscribeLive(query, (value) => setState({ key, value })), [key])
  return state && state.key === key ? state.value : undefined
}
