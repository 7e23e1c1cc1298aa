// The Dexie database. Versions only move forward, each with its upgrade; a database made by any
// released version opens in the next without loss (tests/db/upgrade.test.ts). Primary keys were
// chosen for good in version 1 (Dexie cannot change a primary key in an upgrade): records by their
// uuid, the rest by natural keys.
// Index fields on records are derived from the winner so lists can be read without decoding.
import Dexie, { type EntityTable } from 'dexie'
import type { Version } from '../domain/merge'
import type { Kind, Profile } from '../domain/schemas'
import { rowOf } from './row'

export interface RecordRow {
  id: string
  kind: Kind
  reviewId: string
  versions: Version[]
  /** `at` of the winner. */
  updatedAt: string
  /** 1 when the winner is a tombstone (IndexedDB cannot index booleans). */
  deleted: 0 | 1
  /** 1 when the record has concurrent versions waiting for a person's choice. */
  conflicted: 0 | 1
  /** Device-wide sequence number of the last change here (edit or import): unexported changes. */
  seq: number
}

/** Device-wide numbers that must never go back: the clock counter and the change sequence. */
export interface MetaRow {
  key: 'counter' | 'seq'
  value: number
}

export interface ImportRow {
  bundleId: string
  at: string
  from: { deviceId: string; name: string; school: string }
  reviews: string[]
  counts: { new: number; updated: number; unchanged: number; conflicts: number }
}

export interface PersonRow extends Profile {
  deviceId: string
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
  imports!: EntityTable<ImportRow, 'bundleId'>
  people!: EntityTable<PersonRow, 'deviceId'>
  exports!: EntityTable<ExportRow, 'reviewId'>
  drafts!: EntityTable<DraftRow, 'key'>

  constructor(name = 'review-day') {
    super(name)
    this.version(1).stores({
      records: 'id, kind, reviewId, [reviewId+kind], [reviewId+seq], updatedAt, conflicted',
      meta: 'key',
      imports: 'bundleId, at',
      people: 'deviceId',
      exports: 'reviewId',
      drafts: 'key',
    })
    // Version 2: conflicts are found per review through an index, and every row's winner-derived
    // fields are worked out again, because the winner now compares instants rather than the text
    // of `at` (times written with different offsets sorted wrongly in version 1).
    this.version(2)
      .stores({
        records:
          'id, kind, reviewId, [reviewId+kind], [reviewId+seq], [reviewId+conflicted], updatedAt',
      })
      .upgrade((tx) =>
        tx
          .table<RecordRow, string>('records')
          .toCollection()
          .modify((row) => {
            Object.assign(row, rowOf(row, row.versions, row.seq ?? 0))
          }),
      )
  }
}

export const db = new ReviewDayDatabase()
