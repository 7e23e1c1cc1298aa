import { render } from '@testing-library/preact'
import { getFocus } from '../../src/db/read'
import { refreshRecovered } from '../../src/db/recovered'
import { createReview } from '../../src/db/reviews'
import { saveRecord } from '../../src/db/write'
import { App } from '../../src/ui/App'
import { updateProfile } from '../../src/ui/hooks/use-profile'
import { clearDatabase } from '../support/database'

export async function signIn() {
  await updateProfile({ name: 'Ann Reviewer', school: 'Oak Primary', role: 'reviewer' })
}

/** A device with nothing on it but Ann's profile: no records, no journal, no recovered text. */
export async function freshDevice() {
  localStorage.clear()
  refreshRecovered()
  await clearDatabase()
  await signIn()
}

/** Renders the whole app at a path, as a deep link would open it. */
export function openAt(path: string) {
  window.history.replaceState(null, '', path)
  return render(<App />)
}

export const LINE_A = '5f0c3a52-8a39-4c7c-9d7e-3f0f3e1c1a01'
export const LINE_B = '5f0c3a52-8a39-4c7c-9d7e-3f0f3e1c1a02'

/** A review of Elm Academy, made by Ann, whose focus has two lines of enquiry. */
export async function reviewWithLines(
  lines: { title: string; prompts: string[] }[] = [
    { title: 'Talk in maths', prompts: ['How do pupils explain?'] },
    { title: 'Feedback', prompts: [] },
  ],
): Promise<string> {
  const reviewId = await createReview(
    { hostSchool: 'Elm Academy', cluster: 'North', startDate: '2026-12-01', endDate: '2026-12-01' },
    { name: 'Ann Reviewer', school: 'Oak Primary', role: 'reviewer' },
  )
  const focus = await getFocus(reviewId)
  if (!focus) throw new Error('focus missing')
  await saveRecord(focus.id, 'focus', {
    ...focus.data,
    enquiryQuestion: 'How well do pupils explain their reasoning?',
    linesOfEnquiry: lines.map((line, i) => ({
      id: [LINE_A, LINE_B][i] ?? crypto.randomUUID(),
      ...line,
    })),
  })
  return reviewId
}
