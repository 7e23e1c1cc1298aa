// Issue 14: a visit just started opens with the note box focused, so a reviewer on a phone types at
// once — unless the person has already moved to another field or control while it was loading:
// the box never takes the focus from there.
import { render, screen, waitFor } from '@testing-library/preact'
import { useEffect, useState } from 'preact/hooks'
import { beforeEach, describe, expect, it } from 'vitest'
import { startVisit } from '../../src/db/visits'
import { JotBox, NO_DRAFT } from '../../src/ui/components/JotBox'
import { clearDatabase } from '../support/database'
import { openAt, reviewWithLines, signIn } from './helpers'

beforeEach(async () => {
  await clearDatabase()
  await signIn()
})

/** Past the effects that run once the box is drawn, when a focus on opening would be taken. */
const settled = () => new Promise((done) => setTimeout(done, 50))

describe('the note box of a new visit', () => {
  it('takes the focus when the visit opens', async () => {
    const reviewId = await reviewWithLines()
    const visitId = (await startVisit(reviewId, 'lesson-visit')).id
    openAt(`/reviews/${reviewId}/visits/${visitId}`)
    const note = await screen.findByLabelText('Note')
    await waitFor(() => expect(document.activeElement).toBe(note))
  })

  it('leaves the focus on a control the person moved to while the visit was loading', async () => {
    const reviewId = await reviewWithLines()
    const visitId = (await startVisit(reviewId, 'lesson-visit')).id
    openAt(`/reviews/${reviewId}/visits/${visitId}`)
    // The header is drawn at once; the visit's reads have not answered yet.
    expect(screen.queryByLabelText('Note')).toBeNull()
    const settings = screen.getByRole('link', { name: 'Settings' })
    settings.focus()
    await screen.findByLabelText('Note')
    await settled()
    expect(document.activeElement).toBe(settings)
  })

  it('leaves the focus in a field the person tapped into before the box was drawn', async () => {
    render(
      <>
        <input aria-label="Year group" />
        <JotBox draftKey="jot:test" lines={[]} onAdd={async () => {}} focusFirst />
      </>,
    )
    const field = screen.getByLabelText('Year group')
    field.focus()
    await screen.findByLabelText('Note')
    await settled()
    expect(document.activeElement).toBe(field)
  })

  it('takes the focus once the screen it replaced, whose button held it, has gone', async () => {
    // A screen drawn at once from a hand-over can share a frame with the one it replaces.
    function Replacing() {
      const [outgoing, setOutgoing] = useState(true)
      useEffect(() => setOutgoing(false), [])
      return (
        <>
          {outgoing && (
            <button type="button" ref={(button) => button?.focus()}>
              Start a visit
            </button>
          )}
          <JotBox
            draftKey="jot:test"
            lines={[]}
            onAdd={async () => {}}
            focusFirst
            first={NO_DRAFT}
          />
        </>
      )
    }
    render(<Replacing />)
    const note = screen.getByLabelText('Note')
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Start a visit' })).toBeNull())
    await waitFor(() => expect(document.activeElement).toBe(note))
  })

  it('takes the focus from nowhere in particular, the same box alone', async () => {
    render(<JotBox draftKey="jot:test" lines={[]} onAdd={async () => {}} focusFirst />)
    const note = await screen.findByLabelText('Note')
    await waitFor(() => expect(document.activeElement).toBe(note))
  })
})
