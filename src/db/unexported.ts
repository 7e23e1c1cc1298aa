// Kept apart from the bundle code so the reviews list can show it without loading the importer.
import { db } from './database'
import { BY_REVIEW_SEQ } from './schema'
import { countUnexported } from './shown'

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
 * The same count for every review at once, from one read of the [reviewId+seq] index's keys,
 * so the reviews list does not make two requests per review.
 */
export async function unexportedByReview(): Promise<Map<string, number>> {
  const [exports, keys] = await Promise.all([
    db.exports.toArray(),
    db.records.orderBy(BY_REVIEW_SEQ).keys(),
  ])
  return countUnexported(exports, keys)
}
