import { useLocation, useRoute } from 'preact-iso'
import { listConflicts } from '../../db/conflicts'
import { getShown } from '../../db/read'
import { unexportedChanges } from '../../db/unexported'
import { ExportPanel } from '../components/ExportPanel'
import { Section } from '../components/fields'
import { ImportHistory } from '../components/ImportHistory'
import { ImportPanel } from '../components/ImportPanel'
import { useLive } from '../hooks/use-live'
import { usePeople } from '../hooks/use-people'
import { useProfile } from '../hooks/use-profile'
import { formatDateTime, formatList, t } from '../messages'
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
      <ImportHistory reviewId={reviewId} />
    </ReviewLayout>
  )
}

function ExportSection({ reviewId }: { reviewId: string }) {
  const profile = useProfile()
  const review = useLive(() => getShown<'review'>(reviewId), [reviewId])
  const changes = useLive(() => unexportedChanges(reviewId), [reviewId])
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
      {profile ? (
        <ExportPanel
          reviewId={reviewId}
          hostSchool={review?.data.hostSchool ?? ''}
          profile={profile}
        />
      ) : (
        <p class="alert">{t('share.needProfile')}</p>
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
                      people: formatList([...new Set(c.versions.map((v) => nameOf(v.by)))]),
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
