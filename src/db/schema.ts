// The names of the database, its version, and the stores and indexes the reviews list reads, each
// written once: the Dexie schema (database.ts) declares them and its reads use them, and the first
// screen's plain IndexedDB read (first-read.ts) opens the same ones, so the two cannot drift apart.
// Free of Dexie on purpose: the first screen imports it.

export const DATABASE_NAME = 'review-day'

/** The newest version database.ts declares (tests/db/first-read.test.ts checks they agree). */
export const LATEST_VERSION = 4

/**
 * The IndexedDB version of a Dexie version: Dexie keeps version n as 10 × n, so that it can patch
 * a schema between versions (`Math.round(verno * 10)` in Dexie's open).
 */
export function nativeVersion(version: number): number {
  return Math.round(version * 10)
}

/** Stores. */
export const RECORDS = 'records'
export const EXPORTS = 'exports'

/**
 * Indexes of `records`: by kind then review (every review; one kind of row in a review), and by
 * review then change sequence (a review's rows; unexported changes).
 */
export const BY_KIND_REVIEW = '[kind+reviewId]'
export const BY_REVIEW_SEQ = '[reviewId+seq]'

/**
 * The keys of BY_KIND_REVIEW with this kind (or of BY_REVIEW_SEQ with this review): `[kind]` sorts
 * before every `[kind, x]`, and an array after every string or number, so `[kind, []]` after them.
 */
export function firstPartIs(first: string): [lower: [string], upper: [string, never[]]] {
  return [[first], [first, []]]
}
