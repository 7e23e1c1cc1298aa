import { useState } from 'preact/hooks'
import { useLocation, useRoute } from 'preact-iso'
import { listConflicts } from '../../db/conflicts'
import { exportReviews, importHistory, markExported } from '../../db/exchange'
import { getShown } from '../../db/read'
import { unexportedChanges } from '../../db/unexported'
import { bundleFileName } from '../../domain/bundle'
import { errorMessageKey, errorMessageVars, toReviewDayError } from '../../domain/errors'
import { shareOrDownload } from '../../platform/files'
import { Section } from '../components/fields'
import { ImportPanel } from '../components/ImportPanel'
import { useLive } from '../hooks/use-live'
import { usePeople } from '../hooks/use-people'
import { useProfile } from '../hooks/use-profile'
import { formatDateTime, t } from '../messages'
import { ReviewLayout } from './ReviewLayout'

export function ShareScreen() {
  const { params } = useRoute()
  const reviewId = params.id as string
  const { route } = useLocation()
  return (
    <ReviewLayout reviewId={reviewId} tab="share">
      <h1>{t('share.title')}</h1>
      <ExportSection reviewId={reviewId} />
      <ConflictsSection reviewId={reviewId} />
      <Section title={t('import.title')}>
        <ImportPanel onOpenReview={(id) => route(`/reviews/${id}/visits`)} />
      </Section>
      <HistorySection reviewId={reviewId} />
    </ReviewLayout>
  )
}

function ExportSection({ reviewId }: { reviewId: string }) {
  const profile = useProfile()
  const review = useLive(() => getShown<'review'>(reviewId), [reviewId])
  const changes = useLive(() => unexportedChanges(reviewId), [reviewId])
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null)
  const [busy, setBusy] = useState(false)

  const run = async () => {
    if (!profile) return setMessage({ text: t('share.needProfile'), error: true })
    setBusy(true)
    setMessage({ text: t('share.exporting'), error: false })
    try {
      const bundle = await exportReviews([reviewId], profile)
      const file = bundleFileName(review?.data.hostSchool ?? '', new Date(), profile.name)
      const delivery = await shareOrDownload(bundle.text, file)
      if (delivery !== 'cancelled') await markExported(bundle)
      setMessage({ text: t(`share.${delivery}`, { file }), error: false })
    } catch (error) {
      const e = toReviewDayError(error)
      setMessage({ text: t(errorMessageKey(e), errorMessageVars(e)), error: true })
    } finally {
      setBusy(false)
    }
  }

  return (
    <Section title={t('share.send')}>
      <p class="hint">{t('share.exportHint')}</p>
      {changes && (
        <p>
          {changes.count === 0
            ? t('share.allExported')
            : t('share.unexported', { count: changes.count })}{' '}
          {changes.lastExport
            ? t('share.lastExport', { time: formatDateTime(changes.lastExport) })
            : t('share.neverExported')}
        </p>
      )}
      <button type="button" class="primary" onClick={run} disabled={busy}>
        {t('share.export')}
      </button>
      {message && (
        <p role={message.error ? 'alert' : 'status'} class={message.error ? 'alert' : 'note'}>
          {message.text}
        </p>
      )}
    </Section>
  )
}

function ConflictsSection({ reviewId }: { reviewId: string }) {
  const conflicts = useLive(() => listConflicts(reviewId), [reviewId])
  const nameOf = usePeople()
  if (!conflicts) return null
  return (
    <Section title={t('conflicts.title')}>
      {conflicts.length === 0 ? (
        <p class="empty">{t('conflicts.none')}</p>
      ) : (
        <>
          <p>{t('conflicts.intro')}</p>
          <ul class="list">
            {conflicts.map((c) => (
              <li key={c.id}>
                <a class="list-item" href={`/reviews/${reviewId}/conflicts/${c.id}`}>
                  <strong>
                    {t('conflicts.item', {
                      kind: t(`kind.${c.kind}`),
                      people: [...new Set(c.versions.map((v) => nameOf(v.by)))].join(', '),
                    })}
                  </strong>
                  <span>{t('conflicts.resolve')}</span>
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </Section>
  )
}

function HistorySection({ reviewId }: { reviewId: string }) {
  const history = useLive(importHistory, [])
  const mine = history?.filter((h) => h.reviews.includes(reviewId))
  if (!mine) return null
  return (
    <Section title={t('import.history')}>
      {mine.length === 0 ? (
        <p class="empty">{t('import.noHistory')}</p>
      ) : (
        <ul>
          {mine.map((h) => (
            <li key={h.bundleId}>
              {t('import.historyItem', {
                name: h.from.name,
                school: h.from.school,
                time: formatDateTime(h.at),
                ...h.counts,
              })}
            </li>
          ))}
        </ul>
      )}
    </Section>
  )
}
