// Reads for the screens. They return the winner's payload with the facts a screen needs; the
// screens subscribe through liveQuery so any write (local or imported) flows back to them.
import { type Version, winner } from '../domain/merge'
import type { Kind, PayloadOf } from '../domain/schemas'
import { db, type RecordRow } from './database'

export interface Shown<K extends Kind = Kind> {
  id: string
  kind: K
  reviewId: string
  data: PayloadOf[K]
  updatedAt: string
  /** deviceId of the device that wrote the shown version. */
  by: string
  conflicted: boolean
  versions: Version<PayloadOf[K]>[]
  /** The change sequence of the record's last write here: a later state has a higher one. */
  seq: number
}

export function show<K extends Kind>(row: RecordRow): Shown<K> {
  const top = winner(row.versions)
  return {
    id: row.id,
    kind: row.kind as K,
    reviewId: row.reviewId,
    data: top.data as PayloadOf[K],
    updatedAt: row.updatedAt,
    by: top.by,
    conflicted: row.conflicted === 1,
    versions: row.versions as Version<PayloadOf[K]>[],
    seq: row.seq,
  }
}

/** Every review on this device that is not deleted, newest first. */
export async function listReviews(): Promise<Shown<'review'>[]> {
  const rows = await db.records.where('kind').equals('review').toArray()
  return rows
    .filter((r) => r.deleted === 0)
    .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1))
    .map((r) => show<'review'>(r))
}

/** The live records of one kind in a review. */
export async function listOfKind<K extends Kind>(reviewId: string, kind: K): Promise<Shown<K>[]> {
  const rows = await db.records.where('[reviewId+kind]').equals([reviewId, kind]).toArray()
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
