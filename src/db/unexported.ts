// Kept apart from the bundle code so the reviews list can show it without loading the importer.
import { db } from './database'

/** Records of a review changed here (edited or imported) since this device last exported it. */
export async function unexportedChanges(
  reviewId: string,
): Promise<{ count: number; lastExport?: string }> {
  const last = await db.exports.get(reviewId)
  const count = await db.records
    .where('[reviewId+seq]')
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
    db.records.orderBy('[reviewId+seq]').keys(),
  ])
  const exportedAt = new Map(exports.map((e) => [e.reviewId, e.seq]))
  const counts = new Map<string, number>()
  for (const key of keys) {
    const [reviewId, seq] = key as unknown as [string, number]
    if (seq > (exportedAt.get(reviewId) ?? 0)) counts.set(reviewId, (counts.get(reviewId) ?? 0) + 1)
  }
  return counts
}
