// Text a screen could not save (its record went into conflict, the disk is full) is not lost when
// the person leaves the screen: it is settled as the journal is at a start — saved if it can be
// now, else kept as recovered text, shown on the screens at once.
import { fireEvent, screen, waitFor } from '@testing-library/preact'
import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import { db } from '../../src/db/database'
import { JOURNAL_PREFIX } from '../../src/db/keys'
import { recovered } from '../../src/db/recovered'
import { startVisit } from '../../src/db/visits'
import { rowOf } from '../../src/db/write'
import type { Version } from '../../src/domain/merge'
import type { Visit } from '../../src/domain/schemas'
import { freshDevice, openAt, reviewWithLines } from './helpers'

beforeEach(freshDevice)
afterEach(() => vi.restoreAllMocks())

const OTHER = 'abcdef00-0000-4000-8000-0000000000ee'

/** The visit gets a second device's concurrent version, as an import in another tab would leave it. */
async function conflictBehindTheScreen(visitId: string) {
  const row = await db.records.get(visitId)
  if (!row) throw new Error('no visit')
  const mine = row.versions[0] as Version<Visit>
  const theirs: Version<Visit> = {
    clock: { [OTHER]: 1 },
    at: '2026-12-01T10:00:00.000Z',
    by: OTHER,
    deleted: false,
    data: { ...mine.data, summary: 'Their summary' },
  }
  await db.records.put(rowOf(row, [mine, theirs] as Version[], row.seq + 1))
}

/** A full disk, as Chromium reports it: an AbortError of the transaction wrapping QuotaExceededError. */
const fullDisk = () =>
  Object.assign(new DOMException('Aborted', 'AbortError'), {
    inner: new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
  })

const journal = () => Object.keys(localStorage).filter((k) => k.startsWith(JOURNAL_PREFIX))

it.each([
  ['the visit went into conflict', 'conflict'],
  ['the disk is full', 'full'],
] as const)(
  'a note added when %s is kept as recovered text when the person leaves the screen',
  async (_, cause) => {
    const reviewId = await reviewWithLines()
    const visitId = (await startVisit(reviewId, 'lesson-visit')).id
    openAt(`/reviews/${reviewId}/visits/${visitId}`)
    const box = await screen.findByLabelText('Note')
    if (cause === 'conflict') await conflictBehindTheScreen(visitId)
    else vi.spyOn(db.records, 'put').mockImplementation((() => Promise.reject(fullDisk())) as never)
    const stored = await db.records.get(visitId)

    fireEvent.input(box, { target: { value: 'Pairs explained their method' } })
    fireEvent.click(screen.getByRole('button', { name: 'Add note' }))
    // Not saved, and said so; the note is still on this screen.
    await screen.findByRole('alert', {}, { timeout: 3000 })
    expect(screen.getByText('Pairs explained their method')).toBeTruthy()

    // The person leaves for another tab of the review (to resolve the conflict, say).
    fireEvent.click(screen.getByRole('link', { name: 'Conversations' }))
    await screen.findByRole('heading', { name: 'Conversations', level: 1 })
    await waitFor(() =>
      expect(recovered.value.flatMap((item) => item.texts)).toContain(
        'Pairs explained their method',
      ),
    )
    expect(recovered.value[0]?.recordId).toBe(visitId)
    expect(journal()).toEqual([])
    // The record is as it was: the recovered text is where the words are until someone adds them.
    expect(await db.records.get(visitId)).toEqual(stored)
  },
)
