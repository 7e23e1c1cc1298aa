/** The app's version: package.json's version, plus `+BUILD_ID` when the build was given one. */
declare const __APP_VERSION__: string
