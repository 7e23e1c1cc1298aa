// A new version of the app, installed and waiting. Kept outside any component: the service worker
// may report it before the component that offers it has mounted.
import { type ReadonlySignal, signal } from '@preact/signals-core'
import type { Reload } from './sw'

export interface UpdateOffer {
  /** Activates the new version and reloads. Only ever called by a person. */
  reload: Reload
}

const offer = signal<UpdateOffer | null>(null)

/** The waiting version's offer, or null while there is none. */
export const updateOffer: ReadonlySignal<UpdateOffer | null> = offer

/** Records that a new version is waiting (null: forget it). */
export function offerUpdate(reload: Reload | null): void {
  offer.value = reload ? { reload } : null
}

/** Registers the service worker and feeds its "a new version is waiting" into the offer. */
export function startUpdateChecks(): void {
  // workbox-window is not needed to draw the first screen: load it after, in its own chunk.
  void import('./sw').then(({ registerServiceWorker }) => registerServiceWorker(offerUpdate))
}
