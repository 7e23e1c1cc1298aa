// The reviews list read with plain IndexedDB, so the first screen is drawn before Dexie (more than
// half of its JavaScript) has loaded; Dexie's live queries (read.ts, unexported.ts) take over as
// soon as it has (ui/hooks/use-first-live.ts). The same stores and indexes (schema.ts), the same
// row type and the same code for the winner, the order and the counts (shown.ts): only the
// request differs.
//
// It never makes or changes the database. It reads only a database Dexie made at the newest
// version; when there is none it says so without creating one (a bare `indexedDB.open(name)`
// would create an empty database at version 1, and Dexie would then take it for an old one), and
// when the database is at another version it leaves it to Dexie, which upgrades it.
import type { ExportRow, RecordRow } from './database'
import {
  BY_KIND_REVIEW,
  BY_REVIEW_SEQ,
  DATABASE_NAME,
  EXPORTS,
  firstPartIs,
  LATEST_VERSION,
  nativeVersion,
  RECORDS,
} from './schema'
import { countUnexported, reviewsOf, type Shown } from './shown'

/** The reviews list's two reads, each undefined when only Dexie may answer it. */
export interface FirstScreenReads {
  reviews: Promise<Shown<'review'>[] | undefined>
  unexported: Promise<Map<string, number> | undefined>
}

/**
 * Opens the database if Dexie made it at the newest version: null when there is none (nothing is
 * stored), undefined when Dexie must open it (an older or newer version, or stores missing).
 */
export async function openExisting(
  name: string,
  factory: IDBFactory | undefined,
): Promise<IDBDatabase | null | undefined> {
  if (!factory) return undefined
  // Where the browser lists its databases (every engine the app supports today), nothing is
  // opened unless it is there at the newest version.
  if (typeof factory.databases === 'function') {
    const found = (await factory.databases()).find((d) => d.name === name)
    if (!found) return null
    if (found.version !== nativeVersion(LATEST_VERSION)) return undefined
  }
  return new Promise((resolve, reject) => {
    // Without a version, an existing database opens as it is: never an upgrade.
    const request = factory.open(name)
    let absent = false
    request.onupgradeneeded = () => {
      // Only a database that does not exist comes here. Aborting leaves none behind (at most one
      // at version 0, which Dexie creates from nothing), as Dexie's own open without a schema does.
      absent = true
      request.transaction?.abort()
    }
    request.onerror = (event) => {
      if (!absent) return reject(request.error)
      event.preventDefault()
      resolve(null)
    }
    request.onsuccess = () => {
      const idb = request.result
      const stores = idb.objectStoreNames
      if (
        idb.version !== nativeVersion(LATEST_VERSION) ||
        !stores.contains(RECORDS) ||
        !stores.contains(EXPORTS)
      ) {
        idb.close()
        return resolve(undefined)
      }
      // Never in the way of another tab's upgrade.
      idb.onversionchange = () => idb.close()
      resolve(idb)
    }
  })
}

function result<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error)
  })
}

/**
 * As unexportedByReview, from the exports and every key of the [reviewId+seq] index, in one read.
 * A key cursor here, where Chromium prefetches the keys in batches (the phone profile's offline
 * start was 495 ms at 4× with it, 644 ms with a count per review); Dexie's live query counts per
 * review instead, since it would track every key it reads (unexported.ts).
 */
function readUnexported(idb: IDBDatabase): Promise<Map<string, number>> {
  const tx = idb.transaction([RECORDS, EXPORTS], 'readonly')
  const keys: IDBValidKey[] = []
  const cursor = tx.objectStore(RECORDS).index(BY_REVIEW_SEQ).openKeyCursor()
  cursor.onsuccess = () => {
    if (!cursor.result) return
    keys.push(cursor.result.key)
    cursor.result.continue()
  }
  const exports = result<ExportRow[]>(tx.objectStore(EXPORTS).getAll())
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => void exports.then((rows) => resolve(countUnexported(rows, keys)))
    tx.onerror = tx.onabort = () => reject(tx.error)
  })
}

/**
 * The reviews list (as listReviews) and its unexported counts (as unexportedByReview), read
 * without Dexie. Never rejects: whatever goes wrong, Dexie answers instead.
 */
export function readFirstScreen(
  name = DATABASE_NAME,
  factory: IDBFactory | undefined = globalThis.indexedDB,
): FirstScreenReads {
  const opened = openExisting(name, factory).catch(() => undefined)
  function read<T>(none: T, body: (idb: IDBDatabase) => Promise<T>): Promise<T | undefined> {
    return opened
      .then((idb) => (idb === null ? none : idb === undefined ? undefined : body(idb)))
      .catch(() => undefined)
  }
  const reviews = read([], (idb) => {
    const index = idb.transaction(RECORDS, 'readonly').objectStore(RECORDS).index(BY_KIND_REVIEW)
    const reviews = IDBKeyRange.bound(...firstPartIs('review'))
    return result<RecordRow[]>(index.getAll(reviews)).then(reviewsOf)
  })
  const unexported = read(new Map<string, number>(), readUnexported)
  void Promise.allSettled([reviews, unexported]).then(() => opened.then((idb) => idb?.close()))
  return { reviews, unexported }
}
