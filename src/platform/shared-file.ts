// The bundle another app shared to Review Day (Web Share Target): public/share-target.js, in the
// service worker, keeps it in Cache Storage and opens /import?shared=1; the import screen takes it
// from there. The names here and there must match.
const SHARED_CACHE = 'review-day-shared'
const SHARED_KEY = '/__shared-bundle'

/** Whether this page was opened by a share: `arrived`, or `missing` when the file was not kept. */
export function sharedArrival(search: string): 'arrived' | 'missing' | null {
  const shared = new URLSearchParams(search).get('shared')
  if (shared === null) return null
  return shared === '1' ? 'arrived' : 'missing'
}

/** How many other files were shared with the one kept (share-target.js keeps only the first). */
export function sharedOthers(search: string): number {
  const others = Number(new URLSearchParams(search).get('others') ?? 0)
  return Number.isInteger(others) && others > 0 ? Math.min(others, 999) : 0
}

/**
 * Takes the shared file, once: it is removed as it is read, so a later visit to the import screen
 * does not offer it again. Undefined when there is none (or no Cache Storage).
 */
export async function takeSharedFile(): Promise<File | undefined> {
  if (typeof caches === 'undefined') return undefined
  const cache = await caches.open(SHARED_CACHE)
  const response = await cache.match(SHARED_KEY)
  if (!response) return undefined
  const blob = await response.blob()
  await cache.delete(SHARED_KEY)
  const name = decodeURIComponent(response.headers.get('x-file-name') ?? '') || 'shared.json'
  return new File([blob], name, { type: blob.type })
}
