// Issue 14: a visit just started opens ready to write — the note box has the focus, so a reviewer
// on a phone types at once — while a visit that already holds notes leaves the focus alone.
import { expect, startSampleVisit, test } from './fixtures'

test('a new visit opens with the note box focused, ready to type', async ({ page }) => {
  const note = await startSampleVisit(page)

  // Typed without a tap on the box first.
  await page.keyboard.type('Pupils explained their method to a partner.')
  await expect(note).toHaveValue('Pupils explained their method to a partner.')
  await page.getByRole('button', { name: 'Add note' }).click()
  await expect(page.locator('ol.notes')).toContainText('Pupils explained their method')
  // Stored before the reload: the list shows the note at once, before its write commits (a note
  // still in flight would come back from the journal: journal-start.spec.ts).
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible()

  // Opened again, with a note in it: the focus stays where the page puts it.
  await page.reload()
  await expect(page.locator('ol.notes')).toContainText('Pupils explained their method')
  await expect(note).toBeVisible()
  // Past the frame after the box was drawn, when a focus on opening would have been taken.
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 50))),
  )
  await expect(note).not.toBeFocused()
})
