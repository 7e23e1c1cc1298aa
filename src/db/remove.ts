// Taking data off this device. Removing a review is local: its records leave this device only
// (no tombstones are written, so nobody else loses anything). Erasing everything also forgets the
// deviceId, so this device's future clocks can never collide with its past ones.
import { db, ofReview } from './database'
import { forgetDevice } from './device'
import { jotKey, LOCAL_PREFIX } from './keys'
import { nextSeq } from './meta'
import { writeTransaction } from './write'

/** Removes one review and everything in it from this device, in one transaction. */
export async function removeReview(reviewId: string): Promise<number> {
  return writeTransaction([db.records, db.exports, db.drafts, db.meta], async () => {
    const ids = await ofReview(reviewId).primaryKeys()
    await db.records.bulkDelete(ids)
    // Records changed: an import previewed before this must plan again (see applyImport).
    await nextSeq()
    await db.exports.delete(reviewId)
    await db.drafts.bulkDelete(ids.map(jotKey))
    return ids.length
  })
}

/** Erases every record, draft, log and the device's identity. */
export async function eraseEverything(): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((table) => table.clear()))
  })
  await forgetDevice()
  for (const key of Object.keys(localStorage)) {
    if (key.startsWith(LOCAL_PREFIX)) localStorage.removeItem(key)
  }
}
