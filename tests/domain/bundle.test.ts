import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  type BundleRecord,
  bundleFileName,
  checkSize,
  decodeBundle,
  encodeBundle,
  MAX_BUNDLE_BYTES,
  planImport,
  type StoredLike,
  sealedFileName,
} from '../../src/domain/bundle'
import { digestOf } from '../../src/domain/digest'
import { isReviewDayError, ReviewDayError } from '../../src/domain/errors'
import {
  localDelete,
  localEdit,
  mergeVersions,
  resolve,
  type Version,
  versionKey,
} from '../../src/domain/merge'
import type { Visit } from '../../src/domain/schemas'
import {
  at,
  CONFLICTED_VISIT,
  CONVERSATION,
  conversationPayload,
  focusPayload,
  HOST,
  REVIEW,
  REVIEWER,
  reviewPayload,
  sampleInput,
  sampleRecords,
  uuid,
  VISIT,
  visitPayload,
} from './bundle-fixtures'
import { keys, t } from './notation'

const rejection = async (promise: Promise<unknown>): Promise<ReviewDayError> => {
  try {
    await promise
  } catch (error) {
    if (isReviewDayError(error)) return error
    throw error
  }
  throw new Error('expected a refusal')
}

/** The device's store after applying a plan, as the db layer would. */
function store(records: readonly StoredLike[]): Map<string, StoredLike> {
  return new Map(records.map((r) => [r.id, r]))
}

function withVersions(record: BundleRecord, versions: Version<Visit>[]): BundleRecord {
  if (record.kind !== 'visit') throw new Error('not a visit')
  return { ...record, versions }
}

function find(records: readonly BundleRecord[], id: string): BundleRecord {
  const found = records.find((r) => r.id === id)
  if (!found) throw new Error(`no record ${id}`)
  return found
}

describe('a bundle travels from one device to another', () => {
  it('decodes to exactly the records, reviews and people that were encoded', async () => {
    const input = sampleInput()
    const { bundle, text } = await encodeBundle(input)
    const decoded = await decodeBundle(text)
    expect(decoded).toEqual(bundle)
    expect(decoded.records).toEqual(input.records)
    expect(decoded.people).toEqual(input.people)
    expect(decoded.from).toEqual(input.from)
    expect(decoded.reviews).toEqual([REVIEW])
  })

  it('accepts the same bundle laid out differently (pretty-printed, keys reordered)', async () => {
    const { bundle, text } = await encodeBundle(sampleInput())
    const { records, ...head } = JSON.parse(text)
    const reordered = JSON.stringify({ records, ...head }, null, 2)
    expect(await decodeBundle(reordered)).toEqual(bundle)
  })

  it('refuses a record changed in the file even where the digest sits as the encoder wrote it', async () => {
    const { text } = await encodeBundle(sampleInput())
    const changed = text.replace('"deleted":false', '"deleted":true')
    expect(changed).not.toBe(text)
    await expect(decodeBundle(changed)).rejects.toMatchObject({ code: 'bundle/digest-mismatch' })
  })

  it('writes the file as the bundle object in JSON, with the format’s header first', async () => {
    const { bundle, text } = await encodeBundle(sampleInput())
    expect(text).toBe(JSON.stringify(bundle))
    expect(Object.keys(JSON.parse(text))).toEqual([
      'format',
      'version',
      'id',
      'createdAt',
      'from',
      'reviews',
      'people',
      'records',
      'digest',
    ])
    expect(bundle.format).toBe('review-day.bundle')
    expect(bundle.version).toBe(1)
  })

  it('carries a digest over JSON.stringify(records), as the public format says', async () => {
    const { bundle } = await encodeBundle(sampleInput())
    expect(bundle.digest).toBe(await digestOf(bundle.records))
    expect(bundle.digest).toMatch(/^sha256-[A-Za-z0-9+/]{43}=$/)
  })

  it('gives each export a fresh id and the time it was made unless told otherwise', async () => {
    const { records, reviews, from, people } = sampleInput()
    const a = await encodeBundle({ records, reviews, from, people })
    const b = await encodeBundle({ records, reviews, from, people })
    expect(a.bundle.id).not.toBe(b.bundle.id)
    expect(Number.isNaN(Date.parse(a.bundle.createdAt))).toBe(false)
    await expect(decodeBundle(a.text)).resolves.toBeTruthy()
  })

  it('leaves fields a store keeps beside a record on the device', async () => {
    const input = sampleInput()
    const stored = input.records.map((r) => ({
      ...r,
      exportedAt: 'local only',
      versions: r.versions.map((v) => ({ ...v, cached: true })),
    }))
    const { text } = await encodeBundle({ ...input, records: stored })
    expect(text).not.toContain('exportedAt')
    expect(text).not.toContain('cached')
    await expect(decodeBundle(text)).resolves.toBeTruthy()
  })

  it('still imports bundles written by version 1 of the format, losing nothing', async () => {
    // A file written once and kept as it is: if a change to the schemas refuses it or drops part
    // of it, the same change would refuse other schools' files.
    // Kept pretty-printed: the digest is over the parsed records, so layout does not matter.
    const text = readFileSync(join(import.meta.dirname, 'fixtures/bundle-v1.json'), 'utf8')
    const decoded = await decodeBundle(text)
    expect(decoded).toEqual(JSON.parse(text))
    expect(decoded.records.map((r) => r.kind)).toEqual([
      'review',
      'focus',
      'visit',
      'conversation',
      'feedback',
      'visit',
      'visit',
    ])
    const again = await encodeBundle(decoded)
    expect(JSON.parse(again.text)).toEqual(JSON.parse(text))
  })
})

describe('planning an import', () => {
  it('on a device without the review, every record is new, conflicts counted as such', async () => {
    const decoded = await decodeBundle((await encodeBundle(sampleInput())).text)
    const plan = planImport(new Map(), decoded.records)
    expect(plan.counts).toEqual({ new: 6, updated: 0, unchanged: 0, conflicts: 1 })
    expect(plan.records.find((p) => p.record.id === CONFLICTED_VISIT)?.outcome).toBe('conflict')
    expect(plan.changed).toHaveLength(7)
  })

  it('importing the same bundle twice changes nothing', async () => {
    const decoded = await decodeBundle((await encodeBundle(sampleInput())).text)
    const first = planImport(new Map(), decoded.records)
    const second = planImport(store(first.changed), decoded.records)
    expect(second.counts).toEqual({ new: 0, updated: 0, unchanged: 7, conflicts: 0 })
    expect(second.changed).toEqual([])
  })

  it('an older bundle does not undo later work on this device', async () => {
    const old = sampleRecords()
    const visit = find(old, VISIT)
    if (visit.kind !== 'visit') throw new Error('fixture')
    const later = localEdit(visit.versions, visitPayload('Later, on this device'), {
      deviceId: REVIEWER,
      fresh: 50,
      at: at(90),
    })
    const local = store([...old.filter((r) => r.id !== VISIT), withVersions(visit, later)])
    const plan = planImport(local, old)
    expect(plan.counts).toEqual({ new: 0, updated: 0, unchanged: 7, conflicts: 0 })
  })

  it('a bundle with later edits updates, and edits made apart become a conflict', async () => {
    const mine = sampleRecords()
    const visit = find(mine, VISIT)
    if (visit.kind !== 'visit') throw new Error('fixture')
    const hostEdit = (fresh: number, minute: number) => ({ deviceId: HOST, fresh, at: at(minute) })
    const theirs = mine.map((r): BundleRecord => {
      if (r.kind === 'focus')
        return { ...r, versions: localEdit(r.versions, focusPayload, hostEdit(60, 100)) }
      if (r.id === VISIT && r.kind === 'visit') {
        return {
          ...r,
          versions: localEdit(r.versions, visitPayload('Host adds to it'), hostEdit(61, 101)),
        }
      }
      return r
    })
    const local = store([
      ...mine.filter((r) => r.id !== VISIT),
      withVersions(
        visit,
        localEdit(visit.versions, visitPayload('I add to it too'), {
          deviceId: REVIEWER,
          fresh: 62,
          at: at(102),
        }),
      ),
    ])
    const { text } = await encodeBundle(sampleInput(theirs))
    const plan = planImport(local, (await decodeBundle(text)).records)
    expect(plan.counts).toEqual({ new: 0, updated: 1, unchanged: 5, conflicts: 1 })
    const planned = plan.records.find((p) => p.record.id === VISIT)
    expect(planned?.outcome).toBe('conflict')
    expect(planned?.record.versions).toHaveLength(2)
  })

  it('a resolution from elsewhere clears a conflict on this device', () => {
    const records = sampleRecords()
    const conflicted = find(records, CONFLICTED_VISIT)
    if (conflicted.kind !== 'visit') throw new Error('fixture')
    const combined = { data: visitPayload('Both edits, combined') }
    const resolved = resolve(conflicted.versions, combined, {
      deviceId: HOST,
      fresh: 70,
      at: at(120),
    })
    const plan = planImport(store(records), [withVersions(conflicted, resolved)])
    expect(plan.records[0]?.outcome).toBe('updated')
    expect(keys(plan.records[0]?.record.versions ?? [])).toEqual(keys(resolved))
  })

  it('accepts a lookup function, e.g. over the result of one bulkGet', () => {
    const records = sampleRecords()
    const byId = store(records)
    const plan = planImport((id) => byId.get(id), records)
    expect(plan.counts.unchanged).toBe(7)
  })

  it('refuses a record whose id is held here as another kind or for another review', () => {
    const records = sampleRecords()
    const visit = find(records, VISIT)
    const otherKind = store([{ ...visit, kind: 'conversation' }])
    const otherReview = store([{ ...visit, reviewId: uuid(77) }])
    for (const local of [otherKind, otherReview]) {
      let error: unknown
      try {
        planImport(local, records)
      } catch (e) {
        error = e
      }
      expect(isReviewDayError(error, 'bundle/record-mismatch')).toBe(true)
      expect(isReviewDayError(error) && error.details).toEqual({ recordId: VISIT })
    }
  })

  // Issue 10, items 4 and 5: this device (REVIEWER here) has given numbers up to 7.
  const me = { deviceId: REVIEWER, counter: 7 }

  it("refuses a version claiming more of this device's changes than it made, naming the record", () => {
    const records = sampleRecords()
    const visit = find(records, VISIT)
    if (visit.kind !== 'visit') throw new Error('fixture')
    // A deletion "by" this device, numbered far beyond anything it wrote: no honest file holds it.
    const forged = localEdit(visit.versions, visitPayload('x'), {
      deviceId: REVIEWER,
      fresh: 2 ** 31 - 1,
      at: at(200),
    }).map((v) => ({ ...v, deleted: true }))
    let error: unknown
    try {
      planImport(store(records), [withVersions(visit, forged)], me)
    } catch (e) {
      error = e
    }
    expect(isReviewDayError(error, 'bundle/claims-this-device')).toBe(true)
    expect(isReviewDayError(error) && error.details).toMatchObject({
      recordId: VISIT,
      record: { kind: 'visit' },
    })
    // Within what this device wrote (its counter, or its numbers in what is stored), it imports.
    expect(planImport(store(records), records, me).counts.unchanged).toBe(7)
    const lost = new Map(store(records))
    lost.delete(VISIT)
    expect(planImport(lost, records, me).counts.new).toBe(1)
  })

  it('marks the records an import would delete, and the work of this device it would replace', () => {
    const records = sampleRecords()
    const visit = find(records, VISIT)
    const conversation = find(records, CONVERSATION)
    const review = find(records, REVIEW)
    if (visit.kind !== 'visit' || conversation.kind !== 'conversation' || review.kind !== 'review')
      throw new Error('fixture')
    const host = (fresh: number) => ({ deviceId: HOST, fresh, at: at(300 + fresh) })
    const incoming: BundleRecord[] = [
      { ...visit, versions: localDelete(visit.versions, host(80)) },
      {
        ...conversation,
        versions: localEdit(conversation.versions, conversationPayload, host(81)),
      },
      { ...review, versions: localEdit(review.versions, reviewPayload, host(82)) },
    ]
    const plan = planImport(store(records), incoming, me)
    const flags = plan.records.map((p) => [p.record.id, p.deletes, p.replacesMine])
    expect(flags).toEqual([
      [VISIT, true, false],
      [CONVERSATION, false, true],
      // The review was the host's already: nothing of this device's is replaced.
      [REVIEW, false, false],
    ])
    expect(plan.records[0]?.before).toEqual(visit.versions)
  })

  it('refuses the same record twice in one import', () => {
    const records = sampleRecords()
    expect(() => planImport(new Map(), [...records, find(records, VISIT)])).toThrow(ReviewDayError)
  })

  it('agrees with merging by hand for any local and incoming versions', () => {
    const devices = [uuid(0xa), uuid(0xb), uuid(0xc)]
    const version = fc.record({
      clock: fc
        .subarray(devices, { minLength: 1 })
        .chain((ds) =>
          fc.tuple(...ds.map((d) => fc.integer({ min: 1, max: 3 }).map((n) => [d, n] as const))),
        )
        .map((entries) => Object.fromEntries(entries)),
      at: fc.integer({ min: 0, max: 2 }).map(t),
      by: fc.constantFrom(...devices),
      deleted: fc.boolean(),
      data: fc.constantFrom(visitPayload('x'), visitPayload('y')),
    })
    const localArb = fc.option(fc.array(version, { minLength: 1, maxLength: 3 }), {
      nil: undefined,
    })
    fc.assert(
      fc.property(
        localArb,
        fc.array(version, { minLength: 1, maxLength: 3 }),
        (local, incoming) => {
          const record: BundleRecord = {
            kind: 'visit',
            id: VISIT,
            reviewId: REVIEW,
            versions: incoming,
          }
          const stored = local && store([{ ...record, versions: mergeVersions(local, []) }])
          const { records, counts } = planImport(stored ?? new Map(), [record])
          const before = local ? mergeVersions(local, []) : []
          const expected = mergeVersions(before, incoming)
          const outcome =
            local && keys(expected).join() === keys(before).join()
              ? 'unchanged'
              : expected.length > 1
                ? 'conflict'
                : local
                  ? 'updated'
                  : 'new'
          expect(records[0]?.outcome).toBe(outcome)
          expect(keys(records[0]?.record.versions ?? [])).toEqual(keys(expected))
          expect(Object.values(counts).reduce((a, b) => a + b)).toBe(1)
          expect(records[0]?.record.versions.map(versionKey).length).toBe(expected.length)
        },
      ),
      { numRuns: 1000 },
    )
  })
})

describe('before reading a file', () => {
  it('refuses a file over the limit, saying what the limit is', () => {
    expect(() => checkSize(MAX_BUNDLE_BYTES)).not.toThrow()
    let error: unknown
    try {
      checkSize(MAX_BUNDLE_BYTES + 1)
    } catch (e) {
      error = e
    }
    expect(isReviewDayError(error, 'bundle/too-large')).toBe(true)
    expect(isReviewDayError(error) && error.details).toEqual({
      limit: MAX_BUNDLE_BYTES,
      size: MAX_BUNDLE_BYTES + 1,
    })
  })

  it('refuses an empty file without reading it', () => {
    expect(() => checkSize(0)).toThrow(ReviewDayError)
  })

  it('refuses text longer than the limit when decoding, too', async () => {
    const error = await rejection(decodeBundle('{}', { maxBytes: 1 }))
    expect(error.code).toBe('bundle/too-large')
  })
})

describe('naming the exported file', () => {
  const cases: [string, Date | string, string, string][] = [
    [
      'Oak Primary',
      '2026-11-22',
      'A. Reviewer',
      'review-day_oak-primary_2026-11-22_a-reviewer.json',
    ],
    [
      "St Mary's C of E (VA)",
      '2026-11-22T15:04:05.000Z',
      'Sam',
      'review-day_st-marys-c-of-e-va_2026-11-22_sam.json',
    ],
    [
      'Ysgol Gymraeg Bro Ŵyn',
      new Date(2026, 10, 22, 23, 30),
      'Siân Løvås',
      'review-day_ysgol-gymraeg-bro-wyn_2026-11-22_sian-lovas.json',
    ],
    ['', 'not a date', '!!!', 'review-day_review_undated_bundle.json'],
    [
      '../../etc/passwd',
      '2026-11-22',
      'a/b\\c:d*e?',
      'review-day_etc-passwd_2026-11-22_a-b-c-d-e.json',
    ],
  ]
  it.each(cases)('%s, %s, %s → %s', (school, date, name, expected) => {
    expect(bundleFileName(school, date, name)).toBe(expected)
  })

  it('names a sealed file by its date and its bundle alone: no school, no person', () => {
    const id = '3F9a0c1e-0000-4000-8000-000000000001'
    expect(sealedFileName('2026-11-22T15:04:05.000Z', id)).toBe(
      'review-day_2026-11-22_sealed_3f9a.json',
    )
    expect(sealedFileName('not a date', id)).toBe('review-day_undated_sealed_3f9a.json')
    // Two reviewers' sealed files of one day have different names.
    expect(sealedFileName('2026-11-22', 'b7c2aaaa-0000-4000-8000-000000000002')).toBe(
      'review-day_2026-11-22_sealed_b7c2.json',
    )
  })

  it('keeps names short and safe whatever they hold', () => {
    const name = bundleFileName('x'.repeat(500), '2026-11-22', '😀 '.repeat(100))
    expect(name).toMatch(/^review-day_[a-z0-9-]+_\d{4}-\d{2}-\d{2}_[a-z0-9-]+\.json$/)
    expect(name.length).toBeLessThanOrEqual(120)
  })
})
