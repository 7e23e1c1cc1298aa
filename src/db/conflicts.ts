import { db } from './database'
import { type Shown, show } from './read'

/** Records of a review with concurrent versions waiting for a person's choice. */
export async function listConflicts(reviewId: string): Promise<Shown[]> {
  const rows = await db.records.where('[reviewId+conflicted]').equals([reviewId, 1]).toArray()
  return rows.map((r) => show(r))
}

/** A record with all its versions, tombstones included (a conflict may be an edit against a delete). */
export async function getWithVersions(id: string): Promise<Shown | undefined> {
  const row = await db.records.get(id)
  return row ? show(row) : undefined
}
