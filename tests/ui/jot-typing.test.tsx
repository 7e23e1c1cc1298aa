// Typing into the note box costs no render: the box already shows what was typed, so the key only
// updates the autosave's copy (useAutosave's `redraw: false`). The box draws from that copy, so a
// render for another reason (a chip pressed, a save's status) never puts older text back.
import { fireEvent, render, screen, waitFor } from '@testing-library/preact'
import { options, type VNode } from 'preact'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { getDraft } from '../../src/db/read'
import { Chips } from '../../src/ui/components/fields'
import { JotBox } from '../../src/ui/components/JotBox'
import { AUTOSAVE_DELAY_MS } from '../../src/ui/hooks/use-autosave'
import { clearDatabase } from '../support/database'

const LINES = [{ id: 'line-a', title: 'Talk in maths', prompts: [] }]
const before = options.diffed
let chipsDrawn = 0

beforeEach(async () => {
  await clearDatabase()
  chipsDrawn = 0
  options.diffed = (vnode: VNode) => {
    if (vnode.type === Chips) chipsDrawn += 1
    before?.(vnode)
  }
})

afterEach(() => {
  options.diffed = before
})

/** Past Preact's render queue and the effects after it. */
const settled = () => new Promise((done) => setTimeout(done, 20))

async function typeInto(box: HTMLTextAreaElement, text: string) {
  for (let i = 1; i <= text.length; i++) {
    box.value = text.slice(0, i)
    fireEvent.input(box)
  }
  await settled()
}

it('draws nothing again for a key', async () => {
  render(<JotBox draftKey="jot:typing" lines={LINES} onAdd={async () => {}} />)
  const box = (await screen.findByLabelText('Note')) as HTMLTextAreaElement
  await settled()
  // The first key marks the box unsaved (one render); the keys after it draw nothing.
  await typeInto(box, 'P')
  const drawn = chipsDrawn
  await typeInto(box, 'Pairs explained')
  expect(chipsDrawn).toBe(drawn)
})

it('keeps what was typed when the box is drawn again, for its save and for a chip', async () => {
  render(<JotBox draftKey="jot:chip" lines={LINES} onAdd={async () => {}} />)
  const box = (await screen.findByLabelText('Note')) as HTMLTextAreaElement
  await typeInto(box, 'Two stuck pupils')
  // Saving draws the box again (its status): from what was typed, not from the last render.
  await waitFor(async () => expect((await getDraft('jot:chip'))?.text).toBe('Two stuck pupils'), {
    timeout: AUTOSAVE_DELAY_MS * 10,
  })
  await settled()
  expect(box.value).toBe('Two stuck pupils')
  fireEvent.click(screen.getByRole('button', { name: 'Talk in maths', pressed: false }))
  await settled()
  expect(screen.getByRole('button', { name: 'Talk in maths', pressed: true })).toBeTruthy()
  expect(box.value).toBe('Two stuck pupils')
  await waitFor(
    async () =>
      expect(await getDraft('jot:chip')).toMatchObject({
        text: 'Two stuck pupils',
        lines: ['line-a'],
      }),
    { timeout: AUTOSAVE_DELAY_MS * 10 },
  )
})

it('empties the box when the note is added', async () => {
  const added: string[] = []
  render(<JotBox draftKey="jot:add" lines={LINES} onAdd={async (text) => void added.push(text)} />)
  const box = (await screen.findByLabelText('Note')) as HTMLTextAreaElement
  await typeInto(box, 'Pupils used the number line')
  fireEvent.click(screen.getByRole('button', { name: 'Add note' }))
  await waitFor(() => expect(added).toEqual(['Pupils used the number line']))
  await waitFor(() => expect(box.value).toBe(''))
})
