// Text a closed page left in the journal is on screen from the first frame of the next start: a
// reviewer who reopens a visit never sees it empty for a moment, and never types into a box that
// the journal's text then lands behind (src/README.md, "An edit, from a keystroke to IndexedDB").
import { expect, startSampleVisit, test } from './fixtures'

test('a visit reopened with text in the journal draws it in its first note box', async ({
  page,
}) => {
  const note = await startSampleVisit(page)
  const visitUrl = page.url()
  const visitId = new URL(visitUrl).pathname.split('/').pop() as string

  // As a page closed mid-sentence leaves it: the draft in the journal only, not in the database.
  const words = 'Pupils explained their method to a partner'
  await page.evaluate(
    ([id, text]) => {
      const key = `jot:${id}`
      const entry = { type: 'draft', key, text, lines: [], at: new Date().toISOString() }
      localStorage.setItem(`review-day:unsaved:${key}`, JSON.stringify(entry))
    },
    [visitId, words] as const,
  )
  // Every value the note box shows in a frame of the next start, from its first.
  await page.addInitScript(() => {
    const seen: string[] = []
    ;(window as unknown as { boxValues: string[] }).boxValues = seen
    const look = () => {
      const box = document.querySelector('textarea')
      if (box && seen.at(-1) !== box.value) seen.push(box.value)
      requestAnimationFrame(look)
    }
    requestAnimationFrame(look)
  })
  await page.goto(visitUrl)
  await expect(note).toHaveValue(words)
  const values = await page.evaluate(() => (window as unknown as { boxValues: string[] }).boxValues)
  expect(values).toEqual([words])
  // The journal was saved and emptied.
  await expect
    .poll(() =>
      page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes(':unsaved:'))),
    )
    .toEqual([])
})
