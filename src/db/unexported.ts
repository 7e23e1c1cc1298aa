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
