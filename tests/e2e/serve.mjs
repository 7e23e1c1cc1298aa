// A tiny static server for the browser tests, with no dependencies: serves a production build
// the way a static HTTPS host would (SPA fallback to index.html, sw.js never cached) and can switch
// the directory it serves while running, so a test can "deploy" a new version.
//
//   node tests/e2e/serve.mjs [dir] [--port N] [--host H]      (or SERVE_DIR, PORT, HOST)
//
//   GET  /__test/health            200 "ok", whatever is being served
//   GET  /__test/serve             {"dir": "<absolute dir being served>"}
//   POST /__test/serve?dir=dist-next   serve another directory from now on (relative to the cwd)
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, isAbsolute, join, normalize, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

const mimeTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  // WebAssembly.instantiateStreaming (the QR decoder) needs this type, as every static host sends.
  '.wasm': 'application/wasm',
}

function cacheControl(urlPath) {
  // Hashed build output may be cached for good; everything else (index.html, sw.js, the manifest,
  // icons) must be revalidated, or a browser keeps an old service worker script.
  return urlPath.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache'
}

/** The file under root for a URL path, or undefined (missing, a directory, or outside root). */
function fileFor(root, urlPath) {
  let decoded
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return undefined
  }
  const file = normalize(join(root, decoded))
  const rel = relative(root, file)
  if (rel.startsWith('..') || isAbsolute(rel)) return undefined
  try {
    return statSync(file).isFile() ? file : undefined
  } catch {
    return undefined
  }
}

function isNavigation(req, urlPath) {
  if (req.headers['sec-fetch-mode'] === 'navigate') return true
  const accept = req.headers.accept ?? ''
  return accept.includes('text/html') || extname(urlPath) === ''
}

/**
 * The headers of a `_headers` file (Netlify's format, as public/_headers writes it) for every
 * path: `Name: value` lines indented under `/*`. Comments and other paths are skipped.
 */
export function parseHeaders(text) {
  const headers = {}
  let everyPath = false
  for (const line of text.split('\n')) {
    if (/^\S/.test(line)) everyPath = line.trim() === '/*'
    const header = /^\s+([A-Za-z-]+):\s*(.+)$/.exec(line)
    if (everyPath && header) headers[header[1]] = header[2].trim()
  }
  return headers
}

/** The security headers of the build being served (its _headers file), read once per directory. */
const headersByRoot = new Map()
function securityHeaders(root) {
  if (!headersByRoot.has(root)) {
    const file = join(root, '_headers')
    headersByRoot.set(root, existsSync(file) ? parseHeaders(readFileSync(file, 'utf8')) : {})
  }
  return headersByRoot.get(root)
}

function send(res, status, body, type = 'text/plain; charset=utf-8') {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' })
  res.end(body)
}

/**
 * Starts serving `dir`. Resolves to { url, port, dir(), setDir(dir), close() } once listening.
 * Port 0 picks a free port.
 */
export function startServer({ dir, port = 0, host = '127.0.0.1' }) {
  let root = resolve(dir)

  const setDir = (next) => {
    const candidate = resolve(next)
    if (!existsSync(candidate) || !statSync(candidate).isDirectory()) {
      throw new Error(`not a directory: ${candidate}`)
    }
    root = candidate
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    const urlPath = url.pathname

    if (urlPath === '/__test/health') return send(res, 200, 'ok')
    if (urlPath === '/__test/serve') {
      if (req.method === 'POST') {
        try {
          setDir(url.searchParams.get('dir') ?? '')
        } catch (error) {
          return send(res, 400, String(error))
        }
      }
      return send(res, 200, JSON.stringify({ dir: root }), 'application/json')
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'method not allowed')

    let file = fileFor(root, urlPath === '/' ? '/index.html' : urlPath)
    let servedPath = urlPath
    if (!file && isNavigation(req, urlPath)) {
      // SPA fallback: a deep link such as /reviews/abc opens the app shell.
      file = fileFor(root, '/index.html')
      servedPath = '/index.html'
    }
    if (!file) return send(res, 404, 'not found')

    const headers = {
      'Content-Type': mimeTypes[extname(file)] ?? 'application/octet-stream',
      'Content-Length': statSync(file).size,
      'Cache-Control': cacheControl(servedPath),
      ...securityHeaders(root),
    }
    res.writeHead(200, headers)
    if (req.method === 'HEAD') return res.end()
    createReadStream(file).pipe(res)
  })

  return new Promise((resolvePromise, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      const address = server.address()
      const actualPort = typeof address === 'object' && address ? address.port : port
      resolvePromise({
        url: `http://${host}:${actualPort}`,
        port: actualPort,
        dir: () => root,
        setDir,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections()
            server.close(() => done())
          }),
      })
    })
  })
}

function argValue(args, name) {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : undefined
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2)
  const positional = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'))
  const dir = positional ?? process.env.SERVE_DIR ?? 'dist'
  const port = Number(argValue(args, '--port') ?? process.env.PORT ?? 4173)
  const host = argValue(args, '--host') ?? process.env.HOST ?? '127.0.0.1'
  const server = await startServer({ dir, port, host })
  console.log(`serving ${server.dir()}${sep} on ${server.url}`)
  const stop = () => server.close().then(() => process.exit(0))
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}
