// Web Share Target (the manifest's share_target; src/README.md, "An import, from a file to the
// screen"). On Android a bundle shared from email or chat arrives here as a POST, even offline: the
// service worker keeps the file in Cache Storage and sends the page to the import screen, which
// reads it once and previews it. Nothing is imported until the person confirms there. Loaded into
// the generated service worker with importScripts (vite.config.ts), so it is plain script.
const SHARE_TARGET_PATH = '/share-target'
const SHARED_CACHE = 'review-day-shared'
const SHARED_KEY = '/__shared-bundle'

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url)
  if (event.request.method !== 'POST' || url.origin !== self.location.origin) return
  if (url.pathname !== SHARE_TARGET_PATH) return
  event.respondWith(keepSharedFile(event.request))
})

async function keepSharedFile(request) {
  try {
    const form = await request.formData()
    const files = form.getAll('files').filter((part) => typeof part !== 'string')
    const file = files[0]
    if (!file) return Response.redirect('/import?shared=missing', 303)
    const cache = await caches.open(SHARED_CACHE)
    const headers = {
      'content-type': file.type || 'application/octet-stream',
      'x-file-name': encodeURIComponent(file.name),
    }
    await cache.put(SHARED_KEY, new Response(file, { headers }))
    // One bundle is previewed at a time: the import screen says how many others were not kept.
    const others = files.length - 1
    return Response.redirect(`/import?shared=1${others > 0 ? `&others=${others}` : ''}`, 303)
  } catch {
    // A full disk, or a request that is not a form: the import screen says the file did not arrive.
    return Response.redirect('/import?shared=missing', 303)
  }
}
