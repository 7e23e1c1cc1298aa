// Issue 10, item 3: text the journal could not replay is shown ("Recovered text from <time>")
// with add-as-note, copy and discard, on the reviews list and on its own record's screen.
import { fireEvent, screen, waitFor, within } from '@testing-library/preact'
import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import { getShown } from '../../src/db/read'
import { keepRecovered, recovered } from '../../src/db/recovered'
import { startVisit } from '../../src/db/visits'
import { freshDevice, openAt, reviewWithLines } from './helpers'

beforeEach(freshDevice)
afterEach(() => vi.restoreAllMocks())

async function recoveredInVisit() {
  const reviewId = await reviewWithLines()
  const visitId = (await startVisit(reviewId, 'lesson-visit')).id
  const at = '2026-12-01T09:30:00.000Z'
  keepRecovered({ at, texts: ['Pairs explain', 'Calm start'], recordId: visitId, entry: null }, 'a')
  return { reviewId, visitId }
}

const card = () => screen.findByRole('region', { name: /^Recovered text from / })

it('the reviews list shows it, and "Add it as a note" adds it to its visit', async () => {
  const { visitId } = await recoveredInVisit()
  openAt('/')
  const shown = await card()
  expect(within(shown).getByText('Pairs explain')).toBeTruthy()
  expect(within(shown).getByText('Calm start')).toBeTruthy()
  fireEvent.click(within(shown).getByRole('button', { name: 'Add it as a note' }))
  expect(await screen.findByText('The recovered text was added as a note.')).toBeTruthy()
  const visit = await getShown<'visit'>(visitId)
  expect(visit?.data.notes.map((n) => n.text)).toEqual(['Pairs explain\n\nCalm start'])
  expect(screen.queryByRole('region', { name: /^Recovered text from / })).toBeNull()
  expect(recovered.value).toEqual([])
})

it('Copy puts the text on the clipboard, and says so when the browser will not', async () => {
  await recoveredInVisit()
  const writeText = vi.fn(async (_: string) => {})
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
  openAt('/')
  fireEvent.click(within(await card()).getByRole('button', { name: 'Copy' }))
  expect(await screen.findByText('Copied. You can paste it where you need it.')).toBeTruthy()
  expect(writeText).toHaveBeenCalledWith('Pairs explain\n\nCalm start')
  writeText.mockRejectedValueOnce(new Error('denied'))
  fireEvent.click(within(await card()).getByRole('button', { name: 'Copy' }))
  expect((await screen.findByRole('alert')).textContent).toBe(
    'This browser would not copy it. Select the text and copy it yourself.',
  )
  expect(recovered.value).toHaveLength(1)
})

it('Discard asks first; only a yes removes it', async () => {
  await recoveredInVisit()
  // happy-dom has no window.confirm: the person's two answers, no then yes.
  const ask = vi.fn().mockReturnValueOnce(false).mockReturnValueOnce(true)
  Object.defineProperty(window, 'confirm', { value: ask, configurable: true, writable: true })
  openAt('/')
  fireEvent.click(within(await card()).getByRole('button', { name: 'Discard' }))
  expect(ask).toHaveBeenCalledWith('Discard this recovered text? It cannot be brought back.')
  expect(recovered.value).toHaveLength(1)
  fireEvent.click(within(await card()).getByRole('button', { name: 'Discard' }))
  expect(await screen.findByText('The recovered text was discarded.')).toBeTruthy()
  expect(recovered.value).toEqual([])
})

it('shows on the screen of the visit it came from, and not on another', async () => {
  const { reviewId, visitId } = await recoveredInVisit()
  const other = (await startVisit(reviewId, 'lesson-visit')).id
  const view = openAt(`/reviews/${reviewId}/visits/${other}`)
  expect(await screen.findByLabelText('Note')).toBeTruthy()
  expect(screen.queryByRole('region', { name: /^Recovered text from / })).toBeNull()
  view.unmount()
  openAt(`/reviews/${reviewId}/visits/${visitId}`)
  await card()
  await waitFor(() => expect(screen.getByRole('button', { name: 'Add it as a note' })).toBeTruthy())
})

it('"Add it as a note" while typing on the visit waits to be saved keeps both the typing and the note', async () => {
  const { reviewId, visitId } = await recoveredInVisit()
  openAt(`/reviews/${reviewId}/visits/${visitId}`)
  const summary = await screen.findByLabelText('Summary')
  const shown = await card()
  fireEvent.input(summary, { target: { value: 'Typed just now' } })
  fireEvent.click(within(shown).getByRole('button', { name: 'Add it as a note' }))
  expect(await screen.findByText('The recovered text was added as a note.')).toBeTruthy()
  const both = async () => {
    const visit = await getShown<'visit'>(visitId)
    expect(visit?.conflicted).toBe(false)
    expect(visit?.data.summary).toBe('Typed just now')
    expect(visit?.data.notes.map((n) => n.text)).toEqual(['Pairs explain\n\nCalm start'])
  }
  await waitFor(both)
  // And still, once any save the screen had waiting is long done.
  await new Promise((resolve) => setTimeout(resolve, 600))
  await both()
})
