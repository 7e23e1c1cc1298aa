import { useState } from 'preact/hooks'
import { useLocation } from 'preact-iso'
import { createReview } from '../../db/reviews'
import { type ReviewFields, reviewFieldsProblem } from '../../domain/new-records'
import { requestPersistence } from '../../platform/storage'
import { Message } from '../components/Message'
import { REVIEW_FIELDS_REFUSALS, ReviewFieldsInputs } from '../components/ReviewFieldsInputs'
import { useAttempt } from '../hooks/use-attempt'
import { useProfile } from '../hooks/use-profile'
import { t } from '../messages'

export function NewReviewScreen() {
  const profile = useProfile()
  const { route } = useLocation()
  const [fields, setFields] = useState<ReviewFields>({
    hostSchool: '',
    cluster: '',
    startDate: '',
    endDate: '',
  })
  const { said, setSaid, attempt } = useAttempt()
  const submit = (e: Event) => {
    e.preventDefault()
    const trimmed = {
      ...fields,
      hostSchool: fields.hostSchool.trim(),
      cluster: fields.cluster.trim(),
    }
    const problem = reviewFieldsProblem(trimmed)
    if (problem) return setSaid({ text: t(REVIEW_FIELDS_REFUSALS[problem]), error: true })
    return attempt(async () => {
      const id = await createReview(trimmed, profile ?? null)
      // The moment data worth keeping exists: ask the browser not to evict it (src/README.md,
      // "Offline and durability").
      void requestPersistence()
      route(`/reviews/${id}/focus`)
    })
  }
  return (
    <>
      <h1>{t('newReview.title')}</h1>
      <form class="stack" onSubmit={submit} noValidate>
        <ReviewFieldsInputs fields={fields} onChange={setFields} />
        <Message said={said} />
        <button type="submit" class="primary">
          {t('newReview.create')}
        </button>
      </form>
    </>
  )
}
