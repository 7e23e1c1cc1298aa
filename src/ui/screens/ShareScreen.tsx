import { useLocation, useRoute } from 'preact-iso'
import { listConflicts } from '../../db/conflicts'
import { importHistory } from '../../db/exchange'
import { getShown } from '../../db/read'
import { unexportedChanges } from '../../db/unexported'
import type { Profile } from '../../domain/schemas'
import { ExportPanel } from '../components/ExportPanel'
import { Section } from '../components/fields'
import { ImportPanel } from '../components/ImportPanel'
import { useLive } from '../hooks/use-live'
import { usePeopleLoaded } from '../hooks/use-people'
import { useProfile } from '../hooks/use-profile'
import { formatDateTime, formatList, t } from '../messages'
import { importCountsText } from '../titles'
import { ReviewLayout } from './ReviewLayout'

type Changes = Awaited<ReturnType<typeof unexportedChanges>>
type Conflicts = Awaited<ReturnType<typeof listConflicts>>

export function ShareScreen() {
  const { params } = useRoute()
  const reviewId = params.id as string
  const { route } = useLocation()
  const profile = useProfile()
  const changes = useLive(() => unexportedChanges(reviewId), [reviewId])
  const conflicts = useLive(() => listConflicts(reviewId), [reviewId])
  const nameOf = usePeopleLoaded()
  // Drawn once what sits above the controls is loaded, never piece by piece: a line that arrives
  // after the controls pushes them down under a finger already pressing, and the tap is lost (seen
  // in WebKit: the press landed on the checkbox, the release below it).
  if (profile === undefined || !changes || !conflicts || !nameOf) {
    return (
      <ReviewLayout reviewId={reviewId} tab="share">
        <h1>{t('share.title')}</h1>
        <p>{t('common.loading')}</p>
      </ReviewLayout>
    )
  }
  return (
    <ReviewLayout reviewId={reviewId} tab="share">
      <h1>{t('share.title')}</h1>
      <ExportSection reviewId={reviewId} profile={profile} changes={changes} />
      <ConflictsSection reviewId={reviewId} conflicts={conflicts} nameOf={nameOf} />
      <Section title={t('import.title')}>
        <ImportPanel onOpenReview={(id) => route(`/reviews/${id}/visits`)} />
      </Section>
      <HistorySection reviewId={reviewId} />
    </ReviewLayout>
  )
}

function ExportSection(props: { reviewId: string; profile: Profile | null; changes: Changes }) {
  const { reviewId, profile, changes } = props
  const review = useLive(() => getShown<'review'>(reviewId), [reviewId])
  return (
    <Section title={t('share.send')}>
      <p class="hint">{t('share.exportHint')}</p>
      <p>
        {changes.count === 0
          ? t('share.allExported')
          : t('share.unexported', { count: changes.count })}{' '}
        {changes.lastExport
          ? t('share.lastExport', { time: formatDateTime(changes.lastExport) })
          : t('share.neverExported')}
      </p>
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

function ConflictsSection(props: {
  reviewId: string
  conflicts: Conflicts
  nameOf: (deviceId: string) => string
}) {
  const { reviewId, conflicts, nameOf } = props
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
                counts: importCountsText(h.counts, false),
              })}
            </li>
          ))}
        </ul>
      )}
    </Section>
  )
}
