// Reads for the screens. They return the winner's payload with the facts a screen needs; the
// screens subscribe through liveQuery so any write (local or imported) flows back to them.
import type { Kind } from '../domain/schemas'
import { db } from './database'
import { BY_KIND_REVIEW, firstPartIs } from './schema'
import { reviewsOf, type Shown, show } from './shown'

export { type Shown, show }

/** Every review on this device that is not deleted, newest first. */
export async function listReviews(): Promise<Shown<'review'>[]> {
  return reviewsOf(
    await db.records
      .where(BY_KIND_REVIEW)
      .between(...firstPartIs('review'))
      .toArray(),
  )
}

/** The live records of one kind in a review. */
export async function listOfKind<K extends Kind>(reviewId: string, kind: K): Promise<Shown<K>[]> {
  const rows = await db.records.where(BY_KIND_REVIEW).equals([kind, reviewId]).toArray()
  return rows.filter((r) => r.deleted === 0).map((r) => show<K>(r))
}

export async function getShown<K extends Kind>(id: string): Promise<Shown<K> | undefined> {
  const row = await db.records.get(id)
  if (!row || row.deleted === 1) return undefined
  return show<K>(row)
}

/** The review's single focus record. */
export async function getFocus(reviewId: string): Promise<Shown<'focus'> | undefined> {
  const [focus] = await listOfKind(reviewId, 'focus')
  return focus
}

export async function getDraft(key: string) {
  return db.drafts.get(key)
}

/** Saves a jot box's draft; resolves to its new revision (DraftRow.rev). */
export async function saveDraft(key: string, text: string, lines: string[]): Promise<number> {
  return db.transaction('rw', db.drafts, async () => {
    const rev = ((await db.drafts.get(key))?.rev ?? 0) + 1
    await db.drafts.put({ key, text, lines, rev })
    return rev
  })
}
