// The Dexie database. Versions only move forward, each with its upgrade; a database made by any
// released version opens in the next without loss (tests/db/upgrade.test.ts). Primary keys were
// chosen for good in version 1 (Dexie cannot change a primary key in an upgrade): records by their
// uuid, the rest by natural keys.
// Index fields on records are derived from the winner so lists can be read without decoding.
import Dexie, { type EntityTable, type Table } from 'dexie'
import type { Version } from '../domain/merge'
import type { Kind, Profile } from '../domain/schemas'
import { watchDatabase } from './lifecycle'
import { rowOf } from './row'
import {
  BY_KIND_REVIEW,
  BY_REVIEW_SEQ,
  DATABASE_NAME,
  EXPORTS,
  firstPartIs,
  LATEST_VERSION,
  RECORDS,
} from './schema'

export interface RecordRow {
  id: string
  kind: Kind
  reviewId: string
  versions: Version[]
  /** `at` of the winner. */
  updatedAt: string
  /** 1 when the winner is a tombstone (IndexedDB cannot index booleans). */
  deleted: 0 | 1
  /**
   * 1 when the record has concurrent versions waiting for a person's choice; otherwise absent (0 in
   * rows written before version 4), so that the conflicts index holds only rows in conflict.
   */
  conflicted?: 0 | 1
  /** Device-wide sequence number of the last change here (edit or import): unexported changes. */
  seq: number
}

/**
 * Device-wide numbers that must never go back: the clock counter and the change sequence. The
 * counter of a device id that took over when an earlier one's ran out (db/write.ts) is kept under
 * `counter:<deviceId>`; the first device id's under `counter`.
 */
export interface MetaRow {
  key: 'counter' | 'seq' | `counter:${string}`
  value: number
}

/** What undoing an import did: records put back, and records left as they are. */
export interface UndoCounts {
  restored: number
  /** Changed again after the import (or removed from this device): left as they are. */
  changedSince: number
  /** In conflict, before the import or because of it: left for a person to choose. */
  conflicts: number
}

/** One import, as the history shows it. Keyed by the bundle's id AND its digest. */
export interface ImportRow {
  bundleId: string
  /** The bundle's digest; '' for imports logged before Dexie version 3, which kept only the id. */
  digest: string
  at: string
  from: { deviceId: string; name: string; school: string }
  reviews: string[]
  counts: { new: number; updated: number; unchanged: number; conflicts: number }
  /** The change sequence the import's records were written at; absent when it changed none. */
  seq?: number
  /** Another file with the same bundle id had been imported before this one. */
  sameIdBefore?: boolean
  /** Set when the import was undone: when, and what was put back. */
  undone?: UndoCounts & { at: string }
}

/**
 * What an import replaced, kept so it can be undone (apart from ImportRow, so the history reads
 * stay small): every record it wrote, with the versions this device held before (null where the
 * record was new here).
 */
export interface ImportUndoRow {
  bundleId: string
  digest: string
  seq: number
  records: { id: string; before: Version[] | null }[]
}

export interface PersonRow extends Profile {
  deviceId: string
  /** `createdAt` of the newest bundle from this person's own device that named them. */
  updatedAt?: string
}

export interface ExportRow {
  reviewId: string
  /** The change sequence covered by the last export of this review. */
  seq: number
  at: string
}

/** Unsaved text of a jot box, kept so closing the tab mid-sentence loses nothing. Local only. */
export interface DraftRow {
  key: string
  text: string
  lines: string[]
  /**
   * Moves on by one with every save (absent in rows written before it existed: 0), so a screen
   * can tell a newer draft from a late echo of an older one. An emptied draft keeps its row so
   * the number never goes back.
   */
  rev?: number
}

export class ReviewDayDatabase extends Dexie {
  records!: EntityTable<RecordRow, 'id'>
  meta!: EntityTable<MetaRow, 'key'>
  importLog!: Table<ImportRow, [string, string]>
  importUndo!: Table<ImportUndoRow, [string, string]>
  people!: EntityTable<PersonRow, 'deviceId'>
  exports!: EntityTable<ExportRow, 'reviewId'>
  drafts!: EntityTable<DraftRow, 'key'>

  constructor(name = DATABASE_NAME) {
    super(name)
    // The names the first screen reads without Dexie come from schema.ts (first-read.ts).
    this.version(1).stores({
      [RECORDS]: 'id, kind, reviewId, [reviewId+kind], [reviewId+seq], updatedAt, conflicted',
      meta: 'key',
      imports: 'bundleId, at',
      people: 'deviceId',
      [EXPORTS]: 'reviewId',
      drafts: 'key',
    })
    // Version 2: conflicts are found per review through an index, and every row's winner-derived
    // fields are worked out again, because the winner now compares instants rather than the text
    // of `at` (times written with different offsets sorted wrongly in version 1).
    this.version(2)
      .stores({
        [RECORDS]:
          'id, kind, reviewId, [reviewId+kind], [reviewId+seq], [reviewId+conflicted], updatedAt',
      })
      .upgrade((tx) =>
        tx
          .table<RecordRow, string>(RECORDS)
          .toCollection()
          .modify((row) => {
            const fresh = rowOf(row, row.versions, row.seq ?? 0)
            // rowOf leaves `conflicted` out of a row not in conflict (version 4).
            if (fresh.conflicted === undefined) delete row.conflicted
            Object.assign(row, fresh)
          }),
      )
    // Version 3: "already imported" is the bundle's id AND its digest, so a different file that
    // reuses an id imports. A primary key cannot change, so the log moves to a new table keyed by
    // both; the rows of version 1 come across with the digest unknown (''). Undoing an import
    // reads what it replaced from importUndo.
    this.version(3)
      .stores({
        imports: null,
        importLog: '[bundleId+digest], bundleId, at',
        importUndo: '[bundleId+digest]',
      })
      .upgrade(async (tx) => {
        const old = await tx.table<Omit<ImportRow, 'digest'>, string>('imports').toArray()
        await tx.table<ImportRow>('importLog').bulkAdd(old.map((row) => ({ ...row, digest: '' })))
      })
    // Version 4: fewer index entries per row, since every put writes one per index: a large
    // import's write was about a third slower with version 3's (README, "Performance"). The
    // reviews and a review's rows of one kind come from one index by kind then review; a review's
    // rows from [reviewId+seq]; `updatedAt` was never read. Conflicts keep their index, which holds
    // only the rows that are in conflict: rowOf leaves `conflicted` out of the others (rows of
    // earlier versions keep their 0, which no read asks for). The rows are not rewritten.
    // The newest version (LATEST_VERSION): the first screen reads a database at it without Dexie.
    this.version(LATEST_VERSION).stores({
      [RECORDS]: `id, ${BY_KIND_REVIEW}, ${BY_REVIEW_SEQ}, [reviewId+conflicted]`,
    })
  }
}

export const db = new ReviewDayDatabase()

/** Every row of one review, through [reviewId+seq]: records keep no index of reviewId alone. */
export function ofReview(reviewId: string, records = db.records) {
  return records.where(BY_REVIEW_SEQ).between(...firstPartIs(reviewId))
}

// Watched from the moment it exists, whichever screen loads Dexie first (db/lifecycle.ts).
watchDatabase(db)
