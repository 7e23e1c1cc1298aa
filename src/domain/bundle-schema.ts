// The public bundle format, versions 1 and 2 (the README's "Bundle format"): the contract between schools. Never
// change what a version means; version 2 adds the improvement cycle's kinds, and version 1 stays
// readable for good (which version may hold which kinds: bundle-version.ts).
// Unknown keys are stripped (z.object), so a bundle cannot smuggle fields into the database.
import * as z from 'zod/mini'
import type { Version } from './merge'
import {
  counter,
  id,
  isoTime,
  type Kind,
  MAX_LIST,
  type PayloadOf,
  payloadSchemas,
  profile,
  short,
} from './schemas'

export const BUNDLE_FORMAT = 'review-day.bundle'
export const SEALED_FORMAT = 'review-day.sealed'
/**
 * The newest bundle format version this app reads. It writes version 1 while a bundle holds only
 * version 1 kinds, so older copies of the app can read it (bundle-version.ts).
 */
export const BUNDLE_VERSION = 2

// Caps an honest review never comes near, so that no file can make merging slow (merging compares
// every pair of a record's concurrent versions, clock by clock). decodeBundle checks them before
// the schema, each with its own message; bundle-plan.ts keeps a merged record within MAX_VERSIONS.
/** Concurrent versions of one record: about one per person who edited it apart from the others. */
export const MAX_VERSIONS = 64
/** Devices in one clock: every device that ever edited the record. */
export const MAX_CLOCK_ENTRIES = 256

/**
 * The ids that name bundles, records, reviews and devices: lower-case UUIDs, as
 * crypto.randomUUID() writes them, so that one thing has one id (an upper-cased copy of a review
 * would otherwise import as a second review, and a clock could list one device twice).
 */
export const lowerId = () => id().check(z.regex(/^[^A-Z]*$/, 'Ids are written in lower case'))

const bundleClock = z.record(lowerId(), counter)

function versionOf<T extends z.ZodMiniType>(data: T) {
  return z
    .object({ clock: bundleClock, at: isoTime(), by: lowerId(), deleted: z.boolean(), data })
    .check(
      // Every write sets its author's entry (merge.ts stamp), so a version without one was not
      // made by Review Day, and would compare wrongly against the author's later versions.
      z.refine((v) => Object.hasOwn(v.clock, v.by), {
        message: 'The author has no entry in the clock',
        path: ['clock'],
      }),
    )
}

function recordOf<K extends Kind, T extends z.ZodMiniType>(kind: K, data: T) {
  return z.object({
    kind: z.literal(kind),
    id: lowerId(),
    reviewId: lowerId(),
    versions: z.array(versionOf(data)).check(z.minLength(1)),
  })
}

// Keyed by kind and checked against Kind, so adding a kind to schemas.ts without adding it here
// fails the type check instead of making bundles with that kind unreadable.
const recordSchemas = {
  review: recordOf('review', payloadSchemas.review),
  focus: recordOf('focus', payloadSchemas.focus),
  visit: recordOf('visit', payloadSchemas.visit),
  conversation: recordOf('conversation', payloadSchemas.conversation),
  feedback: recordOf('feedback', payloadSchemas.feedback),
  // Version 2: the improvement cycle.
  workshop: recordOf('workshop', payloadSchemas.workshop),
  action: recordOf('action', payloadSchemas.action),
  checkin: recordOf('checkin', payloadSchemas.checkin),
  meeting: recordOf('meeting', payloadSchemas.meeting),
} satisfies { [K in Kind]: z.ZodMiniType<{ kind: K; versions: Version<PayloadOf[K]>[] }> }

export const bundleRecord = z.discriminatedUnion('kind', [
  recordSchemas.review,
  recordSchemas.focus,
  recordSchemas.visit,
  recordSchemas.conversation,
  recordSchemas.feedback,
  recordSchemas.workshop,
  recordSchemas.action,
  recordSchemas.checkin,
  recordSchemas.meeting,
])
/** One record as it travels: its kind, ids and the set of its latest concurrent versions. */
export type BundleRecord = z.infer<typeof bundleRecord>

export const bundleFrom = z.object({ deviceId: lowerId(), name: short(), school: short() })
export type BundleFrom = z.infer<typeof bundleFrom>

export const bundlePerson = profile
export type BundlePerson = z.infer<typeof bundlePerson>

export const bundleSchema = z.object({
  format: z.literal(BUNDLE_FORMAT),
  version: z.union([z.literal(1), z.literal(BUNDLE_VERSION)]),
  id: lowerId(),
  createdAt: isoTime(),
  from: bundleFrom,
  reviews: z.array(lowerId()).check(z.minLength(1), z.maxLength(MAX_LIST)),
  /** deviceId → who that is, for every device that made a version here, as far as known. */
  people: z.record(lowerId(), bundlePerson),
  records: z.array(bundleRecord),
  digest: z.string().check(z.regex(/^sha256-[A-Za-z0-9+/]{43}=$/)),
})
export type Bundle = z.infer<typeof bundleSchema>

/** A zod issue path as a person can read it: records[3].versions[0].data.notes[2].text */
export function readablePath(path: readonly PropertyKey[]): string {
  let out = ''
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`
    else {
      const name = String(segment)
      if (/^[A-Za-z_$][\w$]*$/.test(name)) out += out ? `.${name}` : name
      else out += `[${JSON.stringify(name)}]`
    }
  }
  return out || 'bundle'
}
