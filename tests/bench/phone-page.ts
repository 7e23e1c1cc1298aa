// The phone profile's page (tests/bench/phone.mjs), served at /bench/phone.html beside the app, so
// it writes the app's own IndexedDB: after the harness has stored the 5,000 records, it adds one
// review day whose visits hold 500 notes between them, the heaviest list a review's Visits tab
// draws. Written with the app's own row code (rowOf), after the change sequence already stored.
import { db, type RecordRow } from '../../src/db/database'
import { rowOf } from '../../src/db/row'
import type { BundleRecord } from '../../src/domain/bundle'
import type { Version } from '../../src/domain/merge'
import type { Visit } from '../../src/domain/schemas'
import { generateArchive, random } from './generate'

/** One review (its 30 visits) with `notes` notes spread over its visits, texts from the generator. */
function reviewWithNotes(seed: number, notes: number): BundleRecord[] {
  const archive = generateArchive(seed, 50 * 12)
  const [reviewId, ...others] = archive.reviews as [string, ...string[]]
  const texts = archive.records
    .filter((r) => r.kind === 'visit' && others.includes(r.reviewId))
    .flatMap((r) => (r.versions[0] as Version<Visit>).data.notes.map((n) => n.text))
  const records = archive.records.filter((r) => r.reviewId === reviewId)
  const visits = records.filter((r) => r.kind === 'visit')
  const r = random(seed)
  let next = 0
  return records.map((record) => {
    if (record.kind !== 'visit') return record
    const i = visits.indexOf(record)
    // 500 over 30 visits: the first 20 hold 17 notes, the other 10 hold 16.
    const count = Math.floor(notes / visits.length) + (i < notes % visits.length ? 1 : 0)
    const [v] = record.versions as [Version<Visit>]
    const lines = v.data.notes[0]?.lines ?? []
    const many = Array.from({ length: count }, (_, n) => ({
      id: r.uuid(),
      at: v.data.startedAt.replace(
        /T(\d\d):00/,
        (_m, h) => `T${h}:${String(n + 1).padStart(2, '0')}`,
      ),
      text: texts[next++ % texts.length] as string,
      lines: n % 3 === 0 ? [] : lines,
    }))
    return { ...record, versions: [{ ...v, data: { ...v.data, notes: many } }] } as BundleRecord
  })
}

/** Adds the review with `notes` notes to the app's database; its id, and its notes counted back. */
async function addReviewWithNotes(notes: number) {
  const records = reviewWithNotes(9_500, notes)
  await db.transaction('rw', [db.records, db.meta], async () => {
    const seq = ((await db.meta.get('seq'))?.value ?? 0) + 1
    const rows: RecordRow[] = records.map((rec) => rowOf(rec, rec.versions as Version[], seq))
    await db.records.bulkPut(rows)
    await db.meta.put({ key: 'seq', value: seq })
  })
  const review = records.find((rec) => rec.kind === 'review') as BundleRecord
  const stored = await db.records.where('[kind+reviewId]').equals(['visit', review.id]).toArray()
  const count = stored.reduce(
    (sum, row) => sum + (row.versions[0] as Version<Visit>).data.notes.length,
    0,
  )
  return { reviewId: review.id, visits: stored.length, notes: count }
}

const benchPhone = { addReviewWithNotes }

declare global {
  interface Window {
    benchPhone: typeof benchPhone
  }
}
window.benchPhone = benchPhone
document.body.dataset.ready = 'true'
