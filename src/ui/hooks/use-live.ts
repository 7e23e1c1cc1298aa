import { liveQuery } from 'dexie'
import { useEffect, useState } from 'preact/hooks'

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
  useEffect(() => subscribeLive(query, (value) => setState({ key, value })), [key])
  return state && state.key === key ? state.value : undefined
}
