// A save, a journal replay or a conflict choice made on what a screen showed, when an import (in
// another tab, say) changed the record meanwhile: the import's words are never superseded unseen.
// The record goes into conflict, with both sides' words, for a person to choose or combine.
import { beforeEach, describe, expect, it } from 'vitest'
import { db, ofReview } from '../../src/db/database'
import { saveProfile } from '../../src/db/device'
import { applyImport } from '../../src/db/exchange'
import { journalWrite, replayJournal } from '../../src/db/journal'
import { getShown } from '../../src/db/read'
import { createReview } from '../../src/db/reviews'
import { startVisit } from '../../src/db/visits'
import { resolveRecord, saveRecord } from '../../src/db/write'
import { type BundleRecord, decodeBundle, encodeBundle } from '../../src/domain/bundle'
import type { Version } from '../../src/domain/merge'
import type { Visit } from '../../src/domain/schemas'
import { clearDatabase } from '../support/database'

const me = { name: 'Ann Reviewer', school: 'Oak Primary', role: 'reviewer' as const }
const HOST = 'abcdef00-0000-4000-8000-00000000000a'
const OTHER = 'abcdef00-0000-4000-8000-00000000000c'
const people = {
  [HOST]: { name: 'Hana Host', school: 'Oak Primary', role: 'host' as const },
  [OTHER]: { name: 'Olu Other', school: 'Ash Primary', role: 'reviewer' as const },
}

beforeEach(async () => {
  await clearDatabase()
  localStorage.clear()
  await saveProfile(me)
})

async function visitHere() {
  const reviewId = await createReview(
    { hostSchool: 'Oak Primary', cluster: '', startDate: '', endDate: '' },
    me,
  )
  const visitId = (await startVisit(reviewId, 'lesson-visit')).id
  return { reviewId, visitId }
}

/** Imports the review with the visit's versions replaced by `versions(stored)`. */
async function importWith(
  reviewId: string,
  visitId: string,
  versions: (stored: Version<Visit>[]) => Version<Visit>[],
) {
  const rows = await ofReview(reviewId).toArray()
  const records = rows.map((row) => ({
    kind: row.kind,
    id: row.id,
    reviewId: row.reviewId,
    versions: row.id === visitId ? versions(row.versions as Version<Visit>[]) : row.versions,
  })) as BundleRecord[]
  const { text } = await encodeBundle({
    records,
    reviews: [reviewId],
    from: { deviceId: HOST, name: 'Hana Host', school: 'Oak Primary' },
    people,
  })
  await applyImport(await decodeBundle(text))
}

/** The host's edit of the version they were sent: it adds a note of theirs. */
function hostAddsNote(stored: Version<Visit>[]): Version<Visit>[] {
  const [mine] = stored as [Version<Visit>]
  const note = {
    id: crypto.randomUUID(),
    at: '2026-12-02T10:00:00.000Z',
    text: 'Host words',
    lines: [],
  }
  return [
    {
      clock: { ...mine.clock, [HOST]: 1 },
      at: '2026-12-02T10:00:00.000Z',
      by: HOST,
      deleted: false,
      data: { ...mine.data, notes: [...mine.data.notes, note] },
    },
  ]
}

const wordsOf = async (id: string) =>
  ((await db.records.get(id))?.versions ?? []).map((v) => {
    const data = v.data as Visit
    return [...data.notes.map((n) => n.text), data.summary].filter(Boolean).join(' | ')
  })

describe('made on what the screen showed, when an import came meanwhile', () => {
  it('a save keeps the imported note beside it, a conflict', async () => {
    const { reviewId, visitId } = await visitHere()
    const shown = await getShown<'visit'>(visitId)
    if (!shown) throw new Error('no visit')
    await importWith(reviewId, visitId, hostAddsNote)
    await saveRecord(visitId, 'visit', { ...shown.data, summary: 'Mine typed' }, shown.seen)
    expect((await wordsOf(visitId)).sort()).toEqual(['Host words', 'Mine typed'])
    expect((await getShown(visitId))?.conflicted).toBe(true)
  })

  it('a save on the version stored is an ordinary edit: no conflict', async () => {
    const { visitId } = await visitHere()
    const shown = await getShown<'visit'>(visitId)
    if (!shown) throw new Error('no visit')
    await saveRecord(visitId, 'visit', { ...shown.data, summary: 'One' }, shown.seen)
    // The same screen saves again before it has taken its own first save back.
    await saveRecord(visitId, 'visit', { ...shown.data, summary: 'One, two' }, shown.seen)
    expect(await wordsOf(visitId)).toEqual(['One, two'])
  })

  it('a journal entry replayed after an import keeps the imported note beside it', async () => {
    const { reviewId, visitId } = await visitHere()
    const shown = await getShown<'visit'>(visitId)
    if (!shown?.seen) throw new Error('no visit')
    const data = { ...shown.data, summary: 'Typed before the tab closed' }
    journalWrite(visitId, { type: 'record', id: visitId, kind: 'visit', data, seen: shown.seen })
    await importWith(reviewId, visitId, hostAddsNote)
    expect(await replayJournal()).toBe(1)
    expect((await wordsOf(visitId)).sort()).toEqual(['Host words', 'Typed before the tab closed'])
  })

  it('a choice among the versions shown leaves a version that arrived since, still in conflict', async () => {
    const { reviewId, visitId } = await visitHere()
    const [mine] = ((await db.records.get(visitId))?.versions ?? []) as Version<Visit>[]
    if (!mine) throw new Error('no visit')
    const apart = (by: string, n: number, summary: string): Version<Visit> => ({
      clock: { [by]: n },
      at: '2026-12-02T11:00:00.000Z',
      by,
      deleted: false,
      data: { ...mine.data, summary },
    })
    await importWith(reviewId, visitId, (stored) => [...stored, apart(HOST, 5, 'Host side')])
    const onScreen = await getShown<'visit'>(visitId)
    expect(onScreen?.versions).toHaveLength(2)
    // Another tab imports a third side while the person chooses between the two they see.
    await importWith(reviewId, visitId, (stored) => [...stored, apart(OTHER, 1, 'Other side')])
    const seen = (onScreen?.versions ?? []).map((v) => v.clock)
    await resolveRecord(visitId, 'visit', { data: mine.data }, seen)
    const after = ((await db.records.get(visitId))?.versions ?? []) as Version<Visit>[]
    const summaries = after.map((v) => v.data.summary).sort()
    // The choice (this device's version, summary empty) replaced the two shown; the third stays.
    expect(summaries).toEqual(['', 'Other side'])
    expect(after.find((v) => v.data.summary === '')?.by).not.toBe(HOST)
    expect((await getShown(visitId))?.conflicted).toBe(true)
  })
})
