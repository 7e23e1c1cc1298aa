// What the first screen costs to download, read from the production build: the entry script of
// index.html, its modulepreloads and every module they import statically (dynamic import() is
// loaded later, on demand) and the chosen language's first-screen words, gzipped; every other chunk too; and, from the build's hidden source
// maps, which packages and folders the first screen's bytes come from.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, posix } from 'node:path'
import { gzipSync } from 'node:zlib'

/** gzip as a static host sends it (zlib's default level, as nginx and Vite's report use). */
export const gzipBytes = (buffer) => gzipSync(buffer, { level: 6 }).length

// `import{a as b}from"./x.js"`, `import"./x.js"`, `export{a}from"./x.js"`; not `import("./x.js")`.
const STATIC_IMPORT =
  /(?:^|[^.\w$])(?:import|export)\s*(?:[\w$*{}\s,]*?from\s*)?["']([^"']+\.js)["']/g

function urlToFile(url, fromFile) {
  const path = url.startsWith('/') ? url : posix.join(posix.dirname(fromFile), url)
  return posix.normalize(path).replace(/^\/+/, '')
}

/** The languages the app speaks; each has its own first-screen words. */
export const LANGUAGES = ['en', 'cy']

/**
 * The chunk of a language's first-screen words (src/ui/messages/<lang>-app.ts): main.tsx imports
 * the chosen language's before the first render, so it is part of the first screen, though
 * loaded by import(). Rollup names a dynamically imported module's chunk after its file.
 */
export function languagePartFile(dist, language) {
  const name = new RegExp(`^${language}-app-[\\w-]+\\.js$`)
  const file = readdirSync(join(dist, 'assets')).find((f) => name.test(f))
  if (!file) throw new Error(`no chunk of ${language}-app.ts in ${dist}/assets`)
  return `assets/${file}`
}

/**
 * Files (relative to dist) of the JavaScript that loading index.html fetches before the first
 * screen is drawn in `language`: the entry and its static imports, and that language's words.
 */
export function firstScreenFiles(dist, language = 'en') {
  const html = readFileSync(join(dist, 'index.html'), 'utf8')
  const queue = [
    ...html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g),
    ...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g),
  ].map((m) => urlToFile(m[1], '/index.html'))
  queue.push(languagePartFile(dist, language))
  const seen = new Set()
  while (queue.length > 0) {
    const file = queue.shift()
    if (seen.has(file) || !existsSync(join(dist, file))) continue
    seen.add(file)
    const code = readFileSync(join(dist, file), 'utf8')
    for (const m of code.matchAll(STATIC_IMPORT)) queue.push(urlToFile(m[1], `/${file}`))
  }
  return [...seen]
}

/** Every JavaScript chunk of the build with its raw and gzipped bytes, largest first. */
export function chunkSizes(dist, firstScreen = []) {
  const assets = join(dist, 'assets')
  return readdirSync(assets)
    .filter((f) => f.endsWith('.js'))
    .map((f) => {
      const buffer = readFileSync(join(assets, f))
      const file = `assets/${f}`
      return {
        file,
        bytes: buffer.length,
        gzip: gzipBytes(buffer),
        firstScreen: firstScreen.includes(file),
      }
    })
    .sort((a, b) => b.gzip - a.gzip)
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/** Source map "mappings" → per generated line, [column, sourceIndex] segments (VLQ decoded). */
function decodeMappings(mappings) {
  const lines = []
  let source = 0
  for (const line of mappings.split(';')) {
    const segments = []
    let column = 0
    for (const segment of line.split(',')) {
      if (!segment) continue
      const fields = []
      let value = 0
      let shift = 0
      for (const char of segment) {
        const digit = BASE64.indexOf(char)
        value += (digit & 31) << shift
        if (digit & 32) shift += 5
        else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1)
          value = 0
          shift = 0
        }
      }
      column += fields[0]
      if (fields.length > 1) source += fields[1]
      segments.push([column, fields.length > 1 ? source : -1])
    }
    lines.push(segments)
  }
  return lines
}

/** A source path → the group it counts under: an npm package, or a folder of src/. */
function groupOf(source) {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source)
  if (pkg) return pkg[1]
  const src = /(?:^|\/)src\/(.+)$/.exec(source)
  if (src) {
    const parts = src[1].split('/')
    return parts.length > 2 ? `src/${parts.slice(0, 2).join('/')}/` : `src/${src[1]}`
  }
  return source || '(generated)'
}

/**
 * Which packages and src folders the first screen's bytes come from: minified bytes attributed by
 * the build's source maps, and an estimate of their gzipped share (each group's code gzipped on
 * its own, scaled so the groups add up to the chunks' real gzipped size).
 */
export function firstScreenComposition(dist, files) {
  const code = new Map()
  let realGzip = 0
  for (const file of files) {
    const js = readFileSync(join(dist, file), 'utf8')
    realGzip += gzipBytes(Buffer.from(js))
    const mapFile = join(dist, `${file}.map`)
    if (!existsSync(mapFile)) return undefined
    const map = JSON.parse(readFileSync(mapFile, 'utf8'))
    const sources = map.sources.map((s) => posix.join(posix.dirname(`/${file}`), s))
    const lines = js.split('\n')
    decodeMappings(map.mappings).forEach((segments, i) => {
      const text = lines[i] ?? ''
      let last = 0
      let group = '(unmapped)'
      const add = (from, to) => {
        if (to > from) code.set(group, (code.get(group) ?? '') + text.slice(from, to))
      }
      for (const [column, source] of segments) {
        add(last, column)
        last = column
        group = source >= 0 ? groupOf(sources[source] ?? '') : '(unmapped)'
      }
      add(last, text.length)
    })
  }
  const groups = [...code.entries()].map(([group, text]) => ({
    group,
    bytes: Buffer.byteLength(text),
    gzipAlone: gzipBytes(Buffer.from(text)),
  }))
  const alone = groups.reduce((sum, g) => sum + g.gzipAlone, 0)
  return groups
    .map((g) => ({
      group: g.group,
      bytes: g.bytes,
      gzip: Math.round((g.gzipAlone / alone) * realGzip),
    }))
    .sort((a, b) => b.gzip - a.gzip)
}
