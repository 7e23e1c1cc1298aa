import { watchInstallOffer } from './install'
import { startUpdateChecks } from './update'
import { exposeAppVersion } from './version'

/** The browser edges main.tsx starts once, before the first render. */
export function startPlatform(): void {
  exposeAppVersion()
  startUpdateChecks()
  watchInstallOffer()
}
