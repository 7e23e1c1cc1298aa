// What the screens are given of a stored row, and the reviews list worked out from rows. Free of
// Dexie, so the first screen's plain IndexedDB read (first-read.ts) and the Dexie reads (read.ts,
// unexported.ts) share this one code for the winner shown, the order and the counts.
import { type Version, winner } from '../domain/merge'
import type { Clock, Kind, PayloadOf } from '../domain/schemas'
import type { ExportRow, RecordRow } from './database'

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
  /**
   * The clock of the one version shown, which an edit of it is made on (saveRecord's `seen`);
   * undefined when the record is in conflict.
   */
  seen: Clock | undefined
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
    seen: row.versions.length === 1 ? row.versions[0]?.clock : undefined,
    seq: row.seq,
  }
}

/** The rows of kind 'review' as the list shows them: not deleted, newest first. */
export function reviewsOf(rows: RecordRow[]): Shown<'review'>[] {
  return rows
    .filter((r) => r.deleted === 0)
    .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1))
    .map((r) => show<'review'>(r))
}

/**
 * The keys of the [reviewId+seq] index (BY_REVIEW_SEQ) of a review's records changed here since
 * its last export: above the export's change sequence (the lower bound is left out), up to every
 * number (`[reviewId, []]` sorts after them). Dexie's live query counts each review's range in the
 * database (unexported.ts): reading 5,000 keys instead, it tracked every one of them and kept a
 * slow phone's main thread busy for seconds after the list was drawn.
 */
export function unexportedRange(
  reviewId: string,
  exports: ReadonlyMap<string, number>,
): [lower: [string, number], upper: [string, never[]]] {
  return [
    [reviewId, exports.get(reviewId) ?? 0],
    [reviewId, []],
  ]
}

/** Each review's export sequence, for unexportedRange. */
export function exportedSeqs(exports: readonly ExportRow[]): Map<string, number> {
  return new Map(exports.map((e) => [e.reviewId, e.seq]))
}

/** The reviews with changes since their last export, and how many. */
export function countsOf(reviewIds: readonly string[], counts: readonly number[]) {
  const out = new Map<string, number>()
  reviewIds.forEach((id, i) => {
    const count = counts[i] ?? 0
    if (count > 0) out.set(id, count)
  })
  return out
}

/**
 * Records changed here since each review's last export, counted from the keys of the
 * [reviewId+seq] index (BY_REVIEW_SEQ), as the first screen reads them: the rule of
 * unexportedRange (above the export's sequence), applied to keys (tests/db/first-read.test.ts
 * holds the two to the same counts).
 */
export function countUnexported(exports: ExportRow[], keys: unknown[]): Map<string, number> {
  const exportedAt = new Map(exports.map((e) => [e.reviewId, e.seq]))
  const counts = new Map<string, number>()
  for (const key of keys) {
    const [reviewId, seq] = key as [string, number]
    if (seq > (exportedAt.get(reviewId) ?? 0)) counts.set(reviewId, (counts.get(reviewId) ?? 0) + 1)
  }
  return counts
}
