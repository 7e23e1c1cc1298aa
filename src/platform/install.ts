// Installing the app. Chromium offers installation through `beforeinstallprompt`: the offer is
// kept until a person presses "Install Review Day". iOS Safari makes no offer; an app added to the
// Home Screen is kept from Safari's clearing of sites unused for seven days, so the app explains
// the Share menu's Add to Home Screen there (src/README.md, "Offline and durability").
import { computed, signal } from '@preact/signals-core'

/** Chromium's install offer; not in TypeScript's DOM types. */
interface InstallPromptEvent extends Event {
  prompt(): Promise<void>
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>
}

const offer = signal<InstallPromptEvent | null>(null)

/** Whether the browser offers to install the app now. */
export const installOffered = computed(() => offer.value !== null)

/** Keeps the browser's install offer from the start, before any screen asks for it. */
export function watchInstallOffer(): void {
  window.addEventListener('beforeinstallprompt', (event) => {
    // The app's own button asks instead of the browser's bar, at a moment the person chooses.
    event.preventDefault()
    offer.value = event as InstallPromptEvent
  })
  window.addEventListener('appinstalled', () => {
    offer.value = null
  })
}

/** Shows the browser's install dialog; an offer can be used once, whatever the answer. */
export async function install(): Promise<'accepted' | 'dismissed' | 'unavailable'> {
  const event = offer.value
  if (!event) return 'unavailable'
  offer.value = null
  await event.prompt()
  return (await event.userChoice).outcome
}

/** The app runs from the home screen or the app list, not in a browser tab. */
export function runningInstalled(): boolean {
  const standalone = (navigator as Navigator & { standalone?: boolean }).standalone
  return window.matchMedia?.('(display-mode: standalone)').matches === true || standalone === true
}

/** iOS and iPadOS (only their Safari has `navigator.standalone`), not yet on the Home Screen. */
export function needsHomeScreenHowTo(): boolean {
  return 'standalone' in navigator && !runningInstalled()
}
