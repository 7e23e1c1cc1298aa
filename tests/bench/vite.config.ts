// The benchmark harness (tests/bench/index.html, the textarea pages), built apart from the app into
// dist-bench/bench/ and served under /bench/ beside the app's own production build, so it shares
// the app's origin and IndexedDB. `npm run bench` builds the app first, then this.
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { defineConfig, type Plugin } from 'vite'

const here = fileURLToPath(new URL('.', import.meta.url))
const dist = fileURLToPath(new URL('../../dist-bench', import.meta.url))

/**
 * The harness runs under the Content-Security-Policy the built app ships (copied from its
 * index.html), so code whose speed depends on it — zod compiles validators with new Function only
 * where eval is allowed — runs here as it runs in the app.
 */
function appContentSecurityPolicy(): Plugin {
  return {
    name: 'bench:app-csp',
    apply: 'build',
    transformIndexHtml(html, ctx) {
      if (!ctx.filename.endsWith('index.html')) return html
      const app = `${dist}/index.html`
      const meta = existsSync(app)
        ? /<meta\s+http-equiv="Content-Security-Policy"[^>]*>/i.exec(readFileSync(app, 'utf8'))
        : null
      return meta ? html.replace('<head>', `<head>\n    ${meta[0]}`) : html
    },
  }
}

export default defineConfig({
  root: here,
  base: '/bench/',
  publicDir: false,
  plugins: [appContentSecurityPolicy()],
  define: { __APP_VERSION__: JSON.stringify('bench') },
  // The app's exchange worker, as the app builds it (vite.config.ts).
  worker: { format: 'es' },
  build: {
    outDir: `${dist}/bench`,
    emptyOutDir: true,
    reportCompressedSize: false,
    rollupOptions: {
      input: {
        index: `${here}index.html`,
        textarea: `${here}textarea.html`,
        styled: `${here}textarea-styled.html`,
        phone: `${here}phone.html`,
        qr: `${here}qr.html`,
      },
    },
  },
})
