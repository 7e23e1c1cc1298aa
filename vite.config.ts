/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs'
import preact from '@preact/preset-vite'
import { defineConfig, type Plugin } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import pkg from './package.json' with { type: 'json' }
import { parseHeaders } from './tests/e2e/serve.mjs'

// BUILD_ID tells two builds of the same package version apart (the e2e update test builds the
// app twice; a deploy can pass a commit id). It ends up in the UI and on <html data-version>.
const buildId = process.env.BUILD_ID?.trim()
const appVersion = buildId ? `${pkg.version}+${buildId}` : pkg.version

const teal = '#0f4c5c'

// Only this origin, no inline script, no plugins, no <base>: imported bundles are untrusted, and
// even a rendering mistake cannot load or run anything from elsewhere. A meta tag, so any static
// host gets it; added to the production build only, since the dev server injects inline scripts.
// 'wasm-unsafe-eval' lets WebAssembly compile (the QR decoder, zxing-wasm, where the browser has
// no BarcodeDetector) and nothing else: eval and new Function stay forbidden.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ')

function contentSecurityPolicy(): Plugin {
  return {
    name: 'review-day:csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  }
}

// The headers a host must send (a meta tag cannot forbid framing): public/_headers holds them for
// hosts that read that file, and `npm start` (vite preview) sends the same.
const SECURITY_HEADERS = parseHeaders(readFileSync('public/_headers', 'utf8'))

export default defineConfig({
  resolve: {
    // Dexie's package entry wraps its UMD build (for require() users) and costs the first screen
    // about 3 KB gzipped more than its own ES module build for current browsers; nothing here
    // loads Dexie through require(), so there is one copy either way.
    alias: [{ find: /^dexie$/, replacement: 'dexie/dist/modern/dexie.mjs' }],
  },
  build: {
    // Every browser the app supports knows <link rel="modulepreload">; the polyfill is dead weight.
    modulePreload: { polyfill: false },
  },
  // Workers are modules, as the page's chunks: the exchange worker (src/worker) and the QR reader's
  // (platform/qr-reader.worker.ts; zxing-wasm is an ES module).
  worker: { format: 'es' },
  preview: { headers: SECURITY_HEADERS },
  define: {
    __APP_VERSION__: JSON.stringify(appVersion),
  },
  plugins: [
    contentSecurityPolicy(),
    preact(),
    VitePWA({
      // Prompted, never silent: a reload mid-note is a lost note (src/README.md, "Offline and
      // durability"). src/platform/sw.ts registers the worker through workbox-window.
      registerType: 'prompt',
      injectRegister: false,
      // globPatterns below already precaches public/'s icons; listing them again only duplicates.
      includeManifestIcons: false,
      manifest: {
        name: 'Review Day',
        short_name: 'Review Day',
        description:
          'Notes, evidence and feedback for school peer-review days. Works offline; your data stays on your device.',
        id: '/',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        lang: 'en-GB',
        theme_color: teal,
        background_color: '#ffffff',
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          {
            src: '/icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
        // Desktop Chromium only; the file picker is the import path everyone has (src/README.md,
        // "Known browser pitfalls").
        file_handlers: [{ action: '/import', accept: { 'application/json': ['.json'] } }],
        // Android's share sheet: a bundle shared from email or chat opens the import screen
        // (public/share-target.js). The types are those of the file picker (platform/files.ts).
        share_target: {
          action: '/share-target',
          method: 'POST',
          enctype: 'multipart/form-data',
          params: {
            files: [
              {
                name: 'files',
                accept: ['application/json', '.json', 'text/plain', 'application/octet-stream'],
              },
            ],
          },
        },
      },
      workbox: {
        // manifest.webmanifest is precached by the plugin itself; globbing it too lists it twice.
        // wasm: the QR decoder (zxing_reader-*.wasm, 953 KB), so receiving codes works offline.
        globPatterns: ['**/*.{js,css,html,svg,png,ico,json,wasm}'],
        // Workbox's default limit is 2 MiB; said here so a larger decoder fails the build's
        // precache test rather than silently going uncached.
        maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
        // Every deep link (/reviews/<id>, /import, ...) opens from the precache with the network off.
        navigateFallback: '/index.html',
        cleanupOutdatedCaches: true,
        // The first visit has no older version to protect, so take control at once and let deep
        // links work offline without a second load. Updates still wait for the person's "Reload".
        clientsClaim: true,
        // The share target's POST handler, before Workbox's routes (which answer GET only).
        importScripts: ['share-target.js'],
      },
    }),
  ],
  test: {
    include: ['tests/{domain,db,ui,platform,structure,worker,bench}/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
    setupFiles: ['tests/setup.ts'],
  },
})
