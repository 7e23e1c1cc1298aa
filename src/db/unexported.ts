// Kept apart from the bundle code so the reviews list can show it without loading the importer.
import { db } from './database'
import { BY_KIND_REVIEW, BY_REVIEW_SEQ, firstPartIs } from './schema'
import { countsOf, exportedSeqs, unexportedRange } from './shown'

/** Records of a review changed here (edited or imported) since this device last exported it. */
export async function unexportedChanges(
  reviewId: string,
): Promise<{ count: number; lastExport?: string }> {
  const last = await db.exports.get(reviewId)
  const count = await db.records
    .where(BY_REVIEW_SEQ)
    .between([reviewId, (last?.seq ?? 0) + 1], [reviewId, Number.MAX_SAFE_INTEGER], true, true)
    .count()
  return last ? { count, lastExport: last.at } : { count }
}

/**
 * The same count for every review at once, in one read transaction: the reviews' ids (keys only),
 * the exports, then one count per review in the database (shown.ts, unexportedRange).
 */
export function unexportedByReview(): Promise<Map<string, number>> {
  return db.transaction('r', [db.records, db.exports], async () => {
    const [exports, reviewIds] = await Promise.all([
      db.exports.toArray().then(exportedSeqs),
      db.records
        .where(BY_KIND_REVIEW)
        .between(...firstPartIs('review'))
        .primaryKeys(),
    ])
    const counts = await Promise.all(
      reviewIds.map((id) =>
        db.records
          .where(BY_REVIEW_SEQ)
          .between(...unexportedRange(id, exports), false, false)
          .count(),
      ),
    )
    return countsOf(reviewIds, counts)
  })
}
