/** This build's version: package.json's version, plus `+BUILD_ID` when the build had one. */
export const appVersion: string = __APP_VERSION__

/**
 * Puts the running version on `<html data-version>`, so a person (devtools) or a browser test can
 * tell which build's JavaScript is running, e.g. after an update.
 */
export function exposeAppVersion(root: HTMLElement = document.documentElement): void {
  root.dataset.version = appVersion
}
