// "Start a visit" hands the visit it wrote, and the focus it already holds, to the visit screen
// (src/ui/hand-over.ts), so the note box is drawn on the first render after the write rather than
// after the screen has read back what was just written; the live queries' answers, the same rows,
// cost no render (useLive's `held`).
import { fireEvent, render, screen, waitFor } from '@testing-library/preact'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { jotKey } from '../../src/db/keys'
import { getFocus, getShown, saveDraft } from '../../src/db/read'
import type { Shown } from '../../src/db/shown'
import { startVisit } from '../../src/db/visits'
import { handOver, takeHandOver } from '../../src/ui/hand-over'
import { useLive } from '../../src/ui/hooks/use-live'
import { clearDatabase } from '../support/database'
import { openAt, reviewWithLines, signIn } from './helpers'

beforeEach(async () => {
  await clearDatabase()
  await signIn()
})

afterEach(() => {
  vi.restoreAllMocks()
})

/** From here no read of a record by its id answers: a screen that waits for one never draws. */
function recordReadsHang() {
  const original = IDBObjectStore.prototype.get
  const drafts: unknown[] = []
  const get = vi.spyOn(IDBObjectStore.prototype, 'get').mockImplementation(function (
    this: IDBObjectStore,
    key,
  ) {
    if (this.name === 'drafts') drafts.push(key)
    return this.name === 'records' ? ({} as IDBRequest) : original.call(this, key)
  })
  return { get, drafts }
}

describe('starting a visit or a conversation', () => {
  it('draws the visit with its note box focused without reading the visit back', async () => {
    const reviewId = await reviewWithLines()
    openAt(`/reviews/${reviewId}/visits`)
    const start = await screen.findByRole('button', { name: 'Start a visit' })
    // The focus's lines are on the screen: everything the hand-over carries is held.
    await screen.findByRole('table')
    const { get, drafts } = recordReadsHang()
    fireEvent.click(start)
    const note = await screen.findByLabelText('Note')
    await waitFor(() => expect(document.activeElement).toBe(note))
    // Its empty draft is read once, by the box's own live query, not again beside it.
    await waitFor(() => expect(drafts).toHaveLength(1))
    await new Promise((done) => setTimeout(done, 50))
    expect(drafts).toHaveLength(1)
    expect(window.location.pathname).toMatch(/^\/reviews\/[0-9a-f-]+\/visits\/[0-9a-f-]+$/)
    // The lines of enquiry came with it, as chips for the note.
    expect(screen.getByRole('button', { name: 'Talk in maths', pressed: false })).toBeTruthy()
    expect(get).toHaveBeenCalled()
  })

  it('draws the conversation with the prompts of the focus without reading it back', async () => {
    const reviewId = await reviewWithLines()
    openAt(`/reviews/${reviewId}/conversations`)
    const start = await screen.findByRole('button', { name: 'Start a conversation' })
    await screen.findByText(/No conversations/)
    // The focus is read beside the list; past its answer.
    await new Promise((done) => setTimeout(done, 50))
    const { get } = recordReadsHang()
    fireEvent.click(start)
    expect(await screen.findByLabelText('Note')).toBeTruthy()
    expect(window.location.pathname).toMatch(/^\/reviews\/[0-9a-f-]+\/conversations\/[0-9a-f-]+$/)
    expect(screen.getByText('How do pupils explain?')).toBeTruthy()
    expect(get).toHaveBeenCalled()
  })
})

describe('a hand-over', () => {
  it('is not used once the same screen moves on to another record', async () => {
    const reviewId = await reviewWithLines()
    const first = await startVisit(reviewId, 'lesson-visit')
    const other = await startVisit(reviewId, 'lesson-visit')
    await saveDraft(jotKey(other.id), 'Half a note about the other visit', [])
    handOver({ record: first, focus: await getFocus(reviewId) })
    openAt(`/reviews/${reviewId}/visits/${first.id}`)
    await screen.findByLabelText('Note')
    // From here the other visit's draft is slow to read: its box must wait for it, not draw the
    // first visit's empty one.
    const original = IDBObjectStore.prototype.get
    vi.spyOn(IDBObjectStore.prototype, 'get').mockImplementation(function (
      this: IDBObjectStore,
      key,
    ) {
      return this.name === 'drafts' ? ({} as IDBRequest) : original.call(this, key)
    })
    window.history.pushState(null, '', `/reviews/${reviewId}/visits/${other.id}`)
    window.dispatchEvent(new PopStateEvent('popstate'))
    await waitFor(() => expect(screen.queryByLabelText('Note')).toBeNull())
    await new Promise((done) => setTimeout(done, 50))
    expect(screen.queryByLabelText('Note')).toBeNull()
  })

  it('is taken once, and only by the screen of the record it names', async () => {
    const reviewId = await reviewWithLines()
    const visit = await startVisit(reviewId, 'lesson-visit')
    handOver({ record: visit, focus: undefined })
    expect(takeHandOver('another-record')).toBeUndefined()
    expect(takeHandOver(visit.id)?.record).toBe(visit)
    expect(takeHandOver(visit.id)).toBeUndefined()
  })
})

describe('a live query given what the screen holds', () => {
  const sameRow = (a: Shown | undefined, b: Shown | undefined) =>
    a?.id === b?.id && a?.seq === b?.seq

  it('shows it at once, and an answer that is the same costs no render', async () => {
    const reviewId = await reviewWithLines()
    const visit = await startVisit(reviewId, 'lesson-visit')
    const answered = vi.fn()
    const renders: (Shown | undefined)[] = []
    function Probe() {
      const shown = useLive(() => getShown(visit.id).finally(answered), [visit.id], {
        value: visit as Shown,
        same: sameRow,
      })
      renders.push(shown)
      return <p>{shown?.id ?? 'loading'}</p>
    }
    render(<Probe />)
    expect(renders[0]).toBe(visit)
    await waitFor(() => expect(answered).toHaveBeenCalled())
    await new Promise((done) => setTimeout(done, 20))
    expect(renders).toHaveLength(1)
  })

  it('takes an answer that differs', async () => {
    const reviewId = await reviewWithLines()
    const visit = await startVisit(reviewId, 'lesson-visit')
    const older = { ...visit, seq: visit.seq - 1 } as Shown
    function Probe() {
      const shown = useLive(() => getShown(visit.id), [visit.id], {
        value: older,
        same: sameRow,
      })
      return <p>{`seq ${shown?.seq}`}</p>
    }
    render(<Probe />)
    expect(screen.getByText(`seq ${older.seq}`)).toBeTruthy()
    expect(await screen.findByText(`seq ${visit.seq}`)).toBeTruthy()
  })
})
