import { useRoute } from 'preact-iso'
import { getFocus, getShown, listOfKind, type Shown } from '../../db/read'
import { startVisit } from '../../db/visits'
import { type Coverage, coverage } from '../../domain/coverage'
import { collectEvidence } from '../../domain/evidence'
import { ACTIVITIES, type LineOfEnquiry } from '../../domain/schemas'
import { Section } from '../components/fields'
import { MySchedule } from '../components/MySchedule'
import { StartCard } from '../components/StartCard'
import { useLive } from '../hooks/use-live'
import { usePeople } from '../hooks/use-people'
import { useProfile } from '../hooks/use-profile'
import { formatTime, t } from '../messages'
import { lineTitle, visitTitle } from '../titles'
import { ReviewLayout } from './ReviewLayout'

export function VisitsScreen() {
  const { params } = useRoute()
  const reviewId = params.id as string
  const nameOf = usePeople()
  const visits = useLive(() => listOfKind(reviewId, 'visit'), [reviewId])
  const focus = useLive(() => getFocus(reviewId).then((f) => f ?? null), [reviewId])
  const review = useLive(() => getShown<'review'>(reviewId), [reviewId])
  const profile = useProfile()
  const lines = focus?.data.linesOfEnquiry ?? []
  const counts =
    visits &&
    coverage(
      collectEvidence(visits, []),
      lines.map((l) => l.id),
    )
  const sorted =
    visits && [...visits].sort((a, b) => (a.data.startedAt < b.data.startedAt ? 1 : -1))

  return (
    <ReviewLayout reviewId={reviewId} tab="visits">
      <h1>{t('visits.title')}</h1>
      {focus && review && (
        <MySchedule schedule={focus.data.schedule} team={review.data.team} profile={profile} />
      )}
      <StartCard
        label={t('visits.activity')}
        options={ACTIVITIES.map((a) => ({ value: a, label: t(`activity.${a}`) }))}
        first="lesson-visit"
        button={t('visits.start')}
        focus={focus}
        start={(activity) => startVisit(reviewId, activity)}
        path={(id) => `/reviews/${reviewId}/visits/${id}`}
      />
      {sorted === undefined ? (
        <p>{t('common.loading')}</p>
      ) : sorted.length === 0 ? (
        <p class="empty">{t('visits.empty')}</p>
      ) : (
        <ul class="list" aria-label={t('visits.title')}>
          {sorted.map((v) => (
            <VisitItem key={v.id} reviewId={reviewId} visit={v} by={nameOf(v.by)} />
          ))}
        </ul>
      )}
      {counts && lines.length > 0 && <CoverageTable lines={lines} counts={counts} />}
    </ReviewLayout>
  )
}

function VisitItem(props: { reviewId: string; visit: Shown<'visit'>; by: string }) {
  const v = props.visit
  return (
    <li>
      <a class="list-item" href={`/reviews/${props.reviewId}/visits/${v.id}`}>
        <strong>{visitTitle(v.data)}</strong>
        <span>
          {t(`activity.${v.data.activity}`)} · {formatTime(v.data.startedAt)} ·{' '}
          {t('visits.notes', { count: v.data.notes.length })} · {t('visits.by', { name: props.by })}{' '}
          ·{' '}
          {v.data.endedAt
            ? t('visits.ended', { time: formatTime(v.data.endedAt) })
            : t('visits.inProgress')}
        </span>
      </a>
    </li>
  )
}

/** How many notes are tagged to each line of enquiry, and how many to none. */
function CoverageTable(props: { lines: readonly LineOfEnquiry[]; counts: Coverage }) {
  const { lines, counts } = props
  return (
    <Section title={t('visits.coverage')}>
      <table class="coverage">
        <thead>
          <tr>
            <th scope="col">{t('visits.coverageLine')}</th>
            <th scope="col">{t('visits.coverageCount')}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((l) => (
            <tr key={l.id}>
              <th scope="row">{lineTitle(lines, l.id)}</th>
              <td>{counts.perLine.get(l.id)?.total ?? 0}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">{t('visits.untagged')}</th>
            <td>{counts.untagged}</td>
          </tr>
        </tbody>
      </table>
    </Section>
  )
}
