// The benchmark's page, served at /bench/ beside the production app (same origin, so the same
// IndexedDB) and under the app's Content-Security-Policy (without 'unsafe-eval' zod validates
// without its compiled fast path, in the app and here alike). It drives the app's real modules —
// decodeBundle, previewImport, applyImport, exportReviews, the exchange worker and the app's Dexie
// database — and the baseline: plain IndexedDB in a database of its own. tests/bench/run.mjs calls
// window.bench.
import { db, ofReview, type RecordRow } from '../../src/db/database'
import { getDeviceId, saveProfile } from '../../src/db/device'
import { applyImport, exportReviews, previewImport } from '../../src/db/exchange'
import { listReviews } from '../../src/db/read'
import { unexportedChanges } from '../../src/db/unexported'
import { rowOf } from '../../src/db/write'
import {
  type BundlePerson,
  type BundleRecord,
  bundleSchema,
  decodeBundle,
  encodeBundle,
  planImport,
} from '../../src/domain/bundle'
import { fastRecords } from '../../src/domain/bundle-fast'
import { digestOfJson } from '../../src/domain/digest'
import { isReviewDayError } from '../../src/domain/errors'
import type { Version } from '../../src/domain/merge'
import type { Profile } from '../../src/domain/schemas'
import { openExchange } from '../../src/worker/exchange-client'
import type { Job } from '../../src/worker/protocol'
import { type Archive, editsOf, generateArchive } from './generate'
import { type WorstShape, worstBundle } from './worst'

const RAW_DB = 'bench-raw'
/** Where prepare() leaves the bundle's text, so a copy of the browser profile has it too. */
const FILES_DB = 'bench-files'
const BUNDLE_ID = '0b0b0b0b-0000-4000-8000-000000000001'
const PROFILE: Profile = { name: 'Bench Reviewer', school: 'Bench Primary', role: 'reviewer' }

interface Prepared {
  size: number
  storedReviews: string[]
  people: Record<string, BundlePerson>
  text: string
  expected: { new: number; updated: number; conflicts: number }
}
let prepared: Prepared | undefined
/** The bundle file's bytes, as the import worker reads them beside the text (platform/files.ts). */
let fileBytes: Uint8Array<ArrayBuffer> | undefined

function bytesOfFile(): Uint8Array<ArrayBuffer> {
  fileBytes ??= new TextEncoder().encode(need().text)
  return fileBytes
}

function need(): Prepared {
  if (!prepared) throw new Error('call bench.prepare(size) or bench.load() first')
  return prepared
}

function collectGarbage(): void {
  ;(globalThis as { gc?: () => void }).gc?.()
}

function done<T>(request: IDBRequest<T> | IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    if (request instanceof IDBTransaction) {
      request.oncomplete = () => resolve()
      request.onerror = () => reject(request.error)
      request.onabort = () => reject(request.error ?? new Error('transaction aborted'))
    } else {
      request.onsuccess = () => resolve()
      request.onerror = () => reject(request.error)
    }
  })
}

const opened = new Map<string, IDBDatabase>()
async function openRaw(name: string, upgrade: (db: IDBDatabase) => void): Promise<IDBDatabase> {
  const known = opened.get(name)
  if (known) return known
  const request = indexedDB.open(name, 1)
  request.onupgradeneeded = () => upgrade(request.result)
  await done(request)
  opened.set(name, request.result)
  return request.result
}

/**
 * The baseline's database: a store with the app's primary key and indexes, read from the app's own
 * Dexie schema (src/db/database.ts), through the plain IndexedDB API.
 */
const rawDb = () =>
  openRaw(RAW_DB, (idb) => {
    const { primKey, indexes } = db.records.schema
    const store = idb.createObjectStore('records', { keyPath: primKey.keyPath as string })
    for (const index of indexes) store.createIndex(index.name, index.keyPath as string | string[])
  })
const filesDb = () => openRaw(FILES_DB, (idb) => idb.createObjectStore('files'))

function rowsOf(records: readonly BundleRecord[]): RecordRow[] {
  return records.map((r, i) => rowOf(r, r.versions as Version[], i + 1))
}

/** A bundle of `size` records from another school: a quarter updates records stored here. */
async function bundleFor(archive: Archive, size: number) {
  const updates = Math.round(size / 4)
  const edits = editsOf(3_000 + size, archive, updates)
  const other = generateArchive(2_000 + size, size - edits.length)
  const records = [...edits, ...other.records]
  const [fromDevice] = Object.keys(other.people) as [string]
  const person = other.people[fromDevice] as BundlePerson
  const { text } = await encodeBundle({
    records,
    reviews: [...new Set(records.map((r) => r.reviewId))],
    from: { deviceId: fromDevice, name: person.name, school: person.school },
    people: { ...archive.people, ...other.people },
    id: BUNDLE_ID,
    createdAt: '2026-12-02T15:00:00.000Z',
  })
  const conflicts = other.records.filter((r) => r.versions.length > 1).length
  return {
    records: records.length,
    text,
    expected: { new: other.records.length - conflicts, updated: edits.length, conflicts },
  }
}

/**
 * Generates the archive this device holds and the bundle to import, fills the app's database and
 * the baseline's with the archive, and keeps the bundle in FILES_DB for load().
 */
async function prepare(size: number) {
  const t0 = performance.now()
  prepared = undefined
  fileBytes = undefined
  const archive = generateArchive(1_000 + size, size)
  const bundle = await bundleFor(archive, size)
  prepared = {
    size,
    storedReviews: archive.reviews,
    people: archive.people,
    text: bundle.text,
    expected: bundle.expected,
  }
  const t1 = performance.now()
  const stored = rowsOf(archive.records)
  await fillApp(stored, archive.reviews, archive.people)
  const raw = await rawDb()
  const tx = raw.transaction('records', 'readwrite')
  const store = tx.objectStore('records')
  store.clear()
  for (const row of stored) store.put(row)
  await done(tx)
  const files = (await filesDb()).transaction('files', 'readwrite')
  files.objectStore('files').put(prepared, 'prepared')
  await done(files)
  await getDeviceId()
  return {
    stored: archive.records.length,
    storedReviews: archive.reviews.length,
    bundleRecords: bundle.records,
    bundleBytes: new TextEncoder().encode(bundle.text).length,
    generateMs: t1 - t0,
    fillMs: performance.now() - t1,
  }
}

/** In a copy of the profile prepare() filled: the bundle back into memory. */
async function load() {
  const tx = (await filesDb()).transaction('files', 'readonly')
  const request = tx.objectStore('files').get('prepared') as IDBRequest<Prepared | undefined>
  await done(request)
  if (!request.result) throw new Error('nothing prepared in this profile')
  prepared = request.result
  fileBytes = undefined
  return { size: prepared.size }
}

/**
 * Runs each timed path once on a small bundle without touching the measured databases, so the
 * first timed run does not pay for compiling the code it runs.
 */
async function warm() {
  const archive = generateArchive(7, 200)
  const { text } = await bundleFor(archive, 200)
  const bundle = await decodeBundle(text)
  planImport(new Map(), bundle.records)
  await db.records.bulkGet(bundle.records.map((r) => r.id))
  JSON.parse(text)
  const tx = (await rawDb()).transaction('records', 'readonly')
  const request = tx.objectStore('records').get(bundle.records[0]?.id ?? '')
  await done(request)
  collectGarbage()
}

async function fillApp(
  rows: readonly RecordRow[],
  reviews: readonly string[],
  people: Prepared['people'],
) {
  const seq = rows.length
  const tables = [
    db.records,
    db.meta,
    db.importLog,
    db.importUndo,
    db.people,
    db.exports,
    db.drafts,
  ]
  await db.transaction('rw', tables, async () => {
    await Promise.all(tables.map((t) => t.clear()))
    await db.records.bulkPut(rows as RecordRow[])
    await db.meta.bulkPut([
      { key: 'counter', value: 1 },
      { key: 'seq', value: seq },
    ])
    await db.people.bulkPut(Object.entries(people).map(([deviceId, p]) => ({ deviceId, ...p })))
    // All but the last three reviews were exported after their last change.
    const at = '2026-12-02T16:00:00.000Z'
    await db.exports.bulkPut(reviews.slice(0, -3).map((reviewId) => ({ reviewId, seq, at })))
  })
}

/**
 * The app's real import path: decode (parse, digest, schemas), preview, then apply. Like the
 * worker, it starts from the file's text and bytes, read before (platform/files.ts).
 */
async function importApp() {
  const { text, expected } = need()
  const bytes = bytesOfFile()
  collectGarbage()
  const t0 = performance.now()
  const bundle = await decodeBundle(text, { bytes })
  const t1 = performance.now()
  const preview = await previewImport(bundle)
  const t2 = performance.now()
  const result = await applyImport(bundle, preview)
  const t3 = performance.now()
  const counts = result.counts
  if (
    counts.new !== expected.new ||
    counts.updated !== expected.updated ||
    counts.conflicts !== expected.conflicts ||
    preview.counts.new !== expected.new ||
    result.alreadyImported
  ) {
    throw new Error(`unexpected import counts ${JSON.stringify({ counts, expected })}`)
  }
  return { ms: t3 - t0, decode: t1 - t0, preview: t2 - t1, apply: t3 - t2 }
}

/** Baseline: bare JSON.parse and one plain IndexedDB transaction putting the same records. */
async function importRaw() {
  const { text } = need()
  collectGarbage()
  const t0 = performance.now()
  const parsed = JSON.parse(text) as { records: { id: string }[] }
  const tx = (await rawDb()).transaction('records', 'readwrite')
  const store = tx.objectStore('records')
  for (const record of parsed.records) store.put(record)
  await done(tx)
  return { ms: performance.now() - t0 }
}

/** Where decodeBundle's time goes, each step timed alone on the same text. */
async function decodeParts() {
  const { text } = need()
  const bytes = bytesOfFile()
  collectGarbage()
  const t0 = performance.now()
  const parsed = JSON.parse(text) as { records: unknown[] }
  const t1 = performance.now()
  await digestOfJson(bytes)
  const t2 = performance.now()
  const records = fastRecords(parsed.records)
  const t3 = performance.now()
  const result = bundleSchema.safeParse(parsed)
  const t4 = performance.now()
  if (!result.success || !records) throw new Error('the generated bundle does not pass the schema')
  return { parse: t1 - t0, sha256: t2 - t1, fast: t3 - t2, schema: t4 - t3 }
}

/**
 * What applyImport's transaction does, step by step, then the same rows put through plain
 * IndexedDB into the baseline's store (which holds the same records): where apply's time goes, and
 * whether Dexie costs more than IndexedDB for the same writes. Changes both databases: run it in a
 * copy of the profile that is thrown away.
 */
async function applyParts() {
  const { text } = need()
  const bundle = await decodeBundle(text)
  const ids = bundle.records.map((r) => r.id)
  collectGarbage()
  let rows: RecordRow[] = []
  const t0 = performance.now()
  const steps = await db.transaction('rw', [db.records, db.meta], async () => {
    const a = performance.now()
    const stored = await db.records.bulkGet(ids)
    const b = performance.now()
    const local = new Map<string, RecordRow>()
    for (const row of stored) if (row) local.set(row.id, row)
    const plan = planImport(local, bundle.records)
    const c = performance.now()
    rows = plan.changed.map((r) => rowOf(r, r.versions as Version[], 1))
    const d = performance.now()
    await db.records.bulkPut(rows)
    const e = performance.now()
    return { bulkGet: b - a, plan: c - b, rowOf: d - c, bulkPut: e - d }
  })
  const dexieTotal = performance.now() - t0
  collectGarbage()
  const t1 = performance.now()
  const tx = (await rawDb()).transaction('records', 'readwrite')
  const store = tx.objectStore('records')
  for (const row of rows) store.put(row)
  await done(tx)
  return { ...steps, transaction: dexieTotal, rawPutSameRows: performance.now() - t1 }
}

/** The app's real export path over every stored review. */
async function exportApp() {
  const { storedReviews, size } = need()
  collectGarbage()
  const t0 = performance.now()
  const out = await exportReviews(storedReviews, PROFILE)
  const ms = performance.now() - t0
  if (out.records !== size) throw new Error(`exported ${out.records} of ${size}`)
  return { ms, bytes: out.text.length }
}

/** Baseline: plain getAll and JSON.stringify. */
async function exportRaw() {
  collectGarbage()
  const t0 = performance.now()
  const tx = (await rawDb()).transaction('records', 'readonly')
  const request = tx.objectStore('records').getAll()
  await done(request)
  const text = JSON.stringify(request.result)
  return { ms: performance.now() - t0, bytes: text.length }
}

/** Where exportReviews' time goes: reading by review, then encoding (copy, stringify, digest). */
async function exportParts() {
  const { storedReviews, people } = need()
  collectGarbage()
  const t0 = performance.now()
  // As exportReviews reads them: one getAll per review.
  const lists = await Promise.all([...storedReviews].sort().map((id) => ofReview(id).toArray()))
  const rows = lists.flat()
  const t1 = performance.now()
  if (rows.length !== need().size) throw new Error(`read ${rows.length} rows of ${need().size}`)
  const [deviceId] = Object.keys(people) as [string]
  await encodeBundle({
    records: rows,
    reviews: storedReviews,
    from: { deviceId, name: PROFILE.name, school: PROFILE.school },
    people,
  })
  const t2 = performance.now()
  return { read: t1 - t0, encode: t2 - t1 }
}

/**
 * The app's database holding `count` records (reviews of 50) and a profile, as a reviewer's phone
 * after some years; returns where to find a visit to type into.
 */
async function seedApp(count: number) {
  const archive = generateArchive(5_000 + count, count)
  await fillApp(rowsOf(archive.records), archive.reviews, archive.people)
  await saveProfile(PROFILE)
  await getDeviceId()
  const visit = archive.records.find((r) => r.kind === 'visit') as BundleRecord
  return { reviews: archive.reviews.length, reviewId: visit.reviewId, visitId: visit.id }
}

/** The reads the reviews list (the first screen) makes, timed on their own: for the analysis. */
async function firstScreenReads() {
  const t0 = performance.now()
  const reviews = await listReviews()
  const t1 = performance.now()
  await Promise.all(reviews.map((r) => unexportedChanges(r.id)))
  const t2 = performance.now()
  return { reviews: reviews.length, listReviews: t1 - t0, unexportedChanges: t2 - t1 }
}

/**
 * The worst file for merging that fits under the size limit (tests/bench/worst.ts), through what
 * the Import screen does before anyone confirms: decode, then preview. Either answer counts — a
 * preview or a refusal; what is timed is how long the person waits for it.
 */
async function worstCase(shape: Partial<WorstShape> = {}) {
  await db.transaction('rw', [db.records], () => db.records.clear())
  const built = await worstBundle(shape)
  collectGarbage()
  const t0 = performance.now()
  let decoded = t0
  let answer: string
  try {
    const bundle = await decodeBundle(built.text)
    decoded = performance.now()
    const preview = await previewImport(bundle)
    answer = `preview: ${JSON.stringify(preview.counts)}`
  } catch (error) {
    if (decoded === t0) decoded = performance.now()
    answer = `refused: ${isReviewDayError(error) ? error.code : String(error)}`
  }
  const t2 = performance.now()
  const { text: _text, ...shapeBuilt } = built
  return { ...shapeBuilt, answer, decode: decoded - t0, preview: t2 - decoded, ms: t2 - t0 }
}

// ---------------------------------------------------------------------------------------------
// Long tasks on the page's main thread while 10,000 records are imported or exported: through the
// exchange worker, as the app does (src/worker), and in the page, as it did before the worker.

type Via = 'page' | 'worker'

/** The longest main-thread task (PerformanceObserver 'longtask', over 50 ms) while `work` runs. */
async function longTasksDuring<T>(work: () => Promise<T>) {
  // Start in a task of its own: the caller's forced gc() must not count as the work's.
  await new Promise((resolve) => setTimeout(resolve, 50))
  const seen: PerformanceEntry[] = []
  const observer = new PerformanceObserver((list) => seen.push(...list.getEntries()))
  const t0 = performance.now()
  observer.observe({ type: 'longtask', buffered: true })
  const result = await work()
  const t1 = performance.now()
  // A task's entry is queued once it ends: let the task that finished the work end first.
  await new Promise((resolve) => setTimeout(resolve, 100))
  seen.push(...observer.takeRecords())
  observer.disconnect()
  const during = seen.filter((e) => e.startTime + e.duration >= t0 && e.startTime <= t1)
  const durations = during.map((e) => e.duration)
  return { result, ms: t1 - t0, longest: Math.max(0, ...durations), longTasks: durations.length }
}

async function importVia(via: Via, text: string, file: Blob) {
  if (via === 'page') {
    const bundle = await decodeBundle(text)
    return (await applyImport(bundle, await previewImport(bundle))).counts
  }
  const exchange = openExchange()
  try {
    const checked = await exchange.run({ type: 'check', file })
    if (checked.type !== 'preview') throw new Error(`unexpected ${checked.type}`)
    const applied = await exchange.run({ type: 'apply' })
    if (applied.type !== 'applied') throw new Error(`unexpected ${applied.type}`)
    return applied.result.counts
  } finally {
    exchange.close()
  }
}

/** Imports the prepared bundle once, `via` the worker or the page; the file is made beforehand. */
async function importLongTasks(via: Via) {
  const { text, expected } = need()
  const file = new Blob([text], { type: 'application/json' })
  collectGarbage()
  const { result: counts, ...tasks } = await longTasksDuring(() => importVia(via, text, file))
  if (counts.new !== expected.new || counts.updated !== expected.updated) {
    throw new Error(`unexpected import counts ${JSON.stringify({ counts, expected })}`)
  }
  return { via, ...tasks }
}

/** Exports every stored review once, `via` the worker or the page, as far as the file to share. */
async function exportLongTasks(via: Via) {
  const { storedReviews, size } = need()
  collectGarbage()
  const { result: records, ...tasks } = await longTasksDuring(async () => {
    if (via === 'page') {
      // As ExportPanel did before the worker: the text made here, then a file of it to share.
      const out = await exportReviews(storedReviews, PROFILE)
      const file = new Blob([out.text], { type: 'application/json' })
      return file.size > 0 ? out.records : 0
    }
    const exchange = openExchange()
    try {
      const job = { type: 'export', reviewIds: storedReviews, profile: PROFILE, passphrase: null }
      const done = await exchange.run(job as Job)
      if (done.type !== 'exported') throw new Error(`unexpected ${done.type}`)
      return done.exported.records
    } finally {
      exchange.close()
    }
  })
  if (records !== size) throw new Error(`exported ${records} of ${size}`)
  return { via, ...tasks }
}

const bench = {
  worstCase,
  prepare,
  load,
  warm,
  importApp,
  importRaw,
  decodeParts,
  exportApp,
  exportRaw,
  exportParts,
  applyParts,
  seedApp,
  firstScreenReads,
  importLongTasks,
  exportLongTasks,
}
export type Bench = typeof bench

declare global {
  interface Window {
    bench: Bench
  }
}
window.bench = bench
document.body.dataset.ready = 'true'
