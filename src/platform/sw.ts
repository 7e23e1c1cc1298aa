import { Workbox } from 'workbox-window'

/** Activates the waiting version of the app and reloads into it. Only ever called by a person. */
export type Reload = () => Promise<void>

/**
 * Registers the service worker that vite-plugin-pwa generates, in production builds only, and calls
 * `onUpdate` whenever a new version is installed and waiting. It never reloads by itself: a reload
 * mid-note is a lost note, so the app offers the `reload` it is given (src/README.md, "Offline
 * and durability").
 */
export function registerServiceWorker(onUpdate: (reload: Reload) => void): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return

  const wb = new Workbox('/sw.js', { scope: '/' })
  let registration: ServiceWorkerRegistration | undefined

  const reload: Reload = async () => {
    const reg = registration ?? (await navigator.serviceWorker.getRegistration())
    // Another tab may already have activated the new version; then a plain reload picks it up.
    if (!reg?.waiting) {
      window.location.reload()
      return
    }
    let reloading = false
    wb.addEventListener('controlling', () => {
      if (reloading) return
      reloading = true
      window.location.reload()
    })
    wb.messageSkipWaiting()
  }

  // Also fires at start when a version was already waiting (wasWaitingBeforeRegister), so a person
  // who closed the tab without reloading is offered the update again.
  wb.addEventListener('waiting', () => onUpdate(reload))

  wb.register()
    .then((reg) => {
      registration = reg
      // A prompted update can leave people on an old version for weeks if the app stays open in a
      // tab or an installed window: look for a new version whenever the app comes back into view
      // (src/README.md, "Known browser pitfalls"). Offline, update() rejects; there is nothing to
      // do until the next time.
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'visible') reg?.update().catch(() => {})
      })
    })
    .catch((error: unknown) => {
      // No worker means no offline start, but the app itself still works: report, do not break.
      console.warn('Service worker registration failed', error)
    })
}
