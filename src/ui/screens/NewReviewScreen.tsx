import { useState } from 'preact/hooks'
import { useLocation } from 'preact-iso'
import { createReview } from '../../db/reviews'
import { requestPersistence } from '../../platform/storage'
import { TextField } from '../components/fields'
import { Message, type Said } from '../components/Message'
import { useProfile } from '../hooks/use-profile'
import { t } from '../messages'

export function NewReviewScreen() {
  const profile = useProfile()
  const { route } = useLocation()
  const [hostSchool, setHostSchool] = useState('')
  const [cluster, setCluster] = useState('')
  const [startDate, setStartDate] = useState('')
  const [endDate, setEndDate] = useState('')
  const [said, setSaid] = useState<Said | null>(null)
  const refuse = (text: string) => setSaid({ text, error: true })
  const submit = async (e: Event) => {
    e.preventDefault()
    if (!hostSchool.trim()) return refuse(t('newReview.hostRequired'))
    if (startDate && endDate && endDate < startDate) return refuse(t('newReview.datesOrder'))
    const id = await createReview(
      { hostSchool: hostSchool.trim(), cluster: cluster.trim(), startDate, endDate },
      profile ?? null,
    )
    // The moment data worth keeping exists: ask the browser not to evict it (src/README.md,
    // "Offline and durability").
    void requestPersistence()
    route(`/reviews/${id}/focus`)
  }
  return (
    <>
      <h1>{t('newReview.title')}</h1>
      <form class="stack" onSubmit={submit} noValidate>
        <TextField label={t('newReview.hostSchool')} value={hostSchool} onInput={setHostSchool} />
        <TextField label={t('newReview.cluster')} value={cluster} onInput={setCluster} />
        <TextField
          type="date"
          label={t('newReview.startDate')}
          value={startDate}
          onInput={setStartDate}
        />
        <TextField
          type="date"
          label={t('newReview.endDate')}
          value={endDate}
          onInput={setEndDate}
        />
        <Message said={said} />
        <button type="submit" class="primary">
          {t('newReview.create')}
        </button>
      </form>
    </>
  )
}
