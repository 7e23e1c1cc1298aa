import { useEffect, useState } from 'preact/hooks'
import type { Reload } from './sw'

// A tiny store outside any component: the service worker may report a waiting version before the
// component that shows the prompt has mounted.
type Offer = { reload: Reload }
let offer: Offer | null = null
const listeners = new Set<(offer: Offer | null) => void>()

/** Records that a new version is waiting; anything showing the update prompt re-renders. */
export function offerUpdate(reload: Reload): void {
  offer = { reload }
  for (const listener of listeners) listener(offer)
}

/** Registers the service worker and feeds its "a new version is waiting" into the store. */
export function startUpdateChecks(): void {
  // workbox-window is not needed to draw the first screen: load it after, in its own chunk.
  void import('./sw').then(({ registerServiceWorker }) => registerServiceWorker(offerUpdate))
}

export interface UpdateAvailable {
  /** A new version is installed and waiting for the person to reload. */
  available: boolean
  /** Activates the new version and reloads. Does nothing when no update is waiting. */
  reload: Reload
}

const nothingToReload: Reload = async () => {}

export function useUpdateAvailable(): UpdateAvailable {
  const [current, setCurrent] = useState<Offer | null>(offer)
  useEffect(() => {
    listeners.add(setCurrent)
    // An offer may have arrived between the first render and this effect.
    setCurrent(offer)
    return () => {
      listeners.delete(setCurrent)
    }
  }, [])
  return { available: current !== null, reload: current?.reload ?? nothingToReload }
}

/** For tests: forget any offered update. */
export function resetUpdateOffer(): void {
  offer = null
  for (const listener of listeners) listener(null)
}
