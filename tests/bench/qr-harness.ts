// The QR part of `npm run bench` (tests/bench/qr.mjs) asks this page for the 60-record review it
// sends: the same generated review as tests/bench/qr-figures.ts, as the bundle file a person
// would import on the sending phone.
import { encodeBundle } from '../../src/domain/bundle'
import { generateArchive } from './generate'

/**
 * One review of `count` records: the generator writes some 50 a review day, so the first review
 * is topped up with the next days' visits and conversations, moved into it.
 */
async function review(count: number): Promise<string> {
  const archive = generateArchive(60, 3 * count)
  const [reviewId] = archive.reviews as [string]
  const own = archive.records.filter((r) => r.reviewId === reviewId)
  const moved = archive.records
    .filter((r) => r.reviewId !== reviewId && (r.kind === 'visit' || r.kind === 'conversation'))
    .map((r) => ({ ...r, reviewId }))
  const records = [...own, ...moved].slice(0, count)
  const deviceId = Object.keys(archive.people)[0] as string
  const from = { deviceId, name: 'Ann Reviewer', school: 'Oak Primary' }
  return (await encodeBundle({ ...archive, reviews: [reviewId], records, from })).text
}

;(window as unknown as { qrBench: unknown }).qrBench = { review }
document.body.dataset.ready = ''
