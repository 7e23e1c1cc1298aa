import { useEffect, useState } from 'preact/hooks'

/**
 * How long the first screen waits for its plain read before loading Dexie anyway: an IndexedDB
 * that never answers (Safari 14's first request could hang) must not keep the live query away.
 */
const PATIENCE_MS = 1_000

/** Set once Dexie and the live queries have loaded: the plain read is of no more use. */
let liveLoaded = false

/**
 * A live query on the first screen, whose JavaScript leaves Dexie out: `first` (db/first-read.ts)
 * draws it with plain IndexedDB, then Dexie loads and the live query of `query` takes over. Both
 * read the same rows through the same code, so the screen does not change when it does; from
 * then on every write shows, as with useLive. undefined while neither has answered, or when
 * `first` cannot (undefined) and Dexie has not yet.
 */
export function useFirstLive<T>(
  first: () => Promise<T | undefined>,
  query: () => Promise<() => Promise<T>>,
): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined)
  useEffect(() => {
    let live = false
    let stopped = false
    let unsubscribe = () => {}
    const follow = () =>
      Promise.all([import('./use-live'), query()]).then(([{ subscribeLive }, read]) => {
        liveLoaded = true
        if (stopped) return
        unsubscribe = subscribeLive(read, (next) => {
          live = true
          setValue(next)
        })
      })
    if (liveLoaded) {
      void follow()
    } else {
      // Dexie loads once the plain read has drawn the screen, so the two do not compete for it.
      const drawn = first().then((read) => {
        if (!live && !stopped && read !== undefined) setValue(read)
      })
      const patience = new Promise((resolve) => setTimeout(resolve, PATIENCE_MS))
      void Promise.race([drawn, patience]).then(follow, follow)
    }
    return () => {
      stopped = true
      unsubscribe()
    }
  }, [])
  return value
}
