import { useLocation, useRoute } from 'preact-iso'
import { startMeeting } from '../../db/cycle'
import { cycleRecords } from '../../db/progress'
import type { Shown } from '../../db/read'
import { localDay } from '../../domain/days'
import { followUpList } from '../../domain/workshop'
import { Section } from '../components/fields'
import { Message } from '../components/Message'
import { useAttempt } from '../hooks/use-attempt'
import { useLive } from '../hooks/use-live'
import { formatDay, t } from '../messages'
import { actionTitle, meetingTitle } from '../titles'
import { ReviewLayout } from './ReviewLayout'
import '../components/cycle.css'

type Item = ReturnType<typeof followUpList<Shown<'action'>, Shown<'checkin'>>>[number]

/** Every action with its latest check-in, due ones first; follow-up meetings; what comes next. */
export function FollowUpScreen() {
  const { params } = useRoute()
  const reviewId = params.id as string
  const data = useLive(() => cycleRecords(reviewId), [reviewId])
  const items = data && followUpList(data.actions, data.checkins, localDay(new Date()))
  return (
    <ReviewLayout reviewId={reviewId} tab="follow-up">
      <h1>{t('followUp.title')}</h1>
      <p class="hint">{t('followUp.intro')}</p>
      {!data || !items ? (
        <p>{t('common.loading')}</p>
      ) : (
        <>
          <Section title={t('followUp.actions')}>
            {items.length === 0 ? (
              <p class="empty">
                {t('followUp.noActions')}{' '}
                <a href={`/reviews/${reviewId}/workshop`}>{t('followUp.openWorkshop')}</a>
              </p>
            ) : (
              <ul class="list">
                {items.map((item) => (
                  <ActionItem key={item.action.id} reviewId={reviewId} item={item} />
                ))}
              </ul>
            )}
          </Section>
          <Meetings reviewId={reviewId} meetings={data.meetings} />
          <div class="row">
            <a class="button secondary" href={`/reviews/${reviewId}/plan`}>
              {t('plan.open')}
            </a>
            <a class="button secondary" href={`/reviews/${reviewId}/next`}>
              {t('nextReview.open')}
            </a>
          </div>
        </>
      )}
    </ReviewLayout>
  )
}

function ActionItem({ reviewId, item }: { reviewId: string; item: Item }) {
  const { action: a, latest } = item
  return (
    <li>
      <a class="list-item" href={`/reviews/${reviewId}/actions/${a.id}`}>
        <strong>{actionTitle(a.data)}</strong>
        <span>
          {a.data.lead ? t('action.ledBy', { lead: a.data.lead }) : t('action.noLead')}
          {' · '}
          {a.data.reviewDate
            ? t('action.reviewBy', { day: formatDay(a.data.reviewDate) })
            : t('action.noReviewDate')}
        </span>
        <span>
          {latest
            ? t('followUp.latest', {
                day: formatDay(latest.data.on),
                status: t(`status.${latest.data.status}`),
              })
            : t('followUp.noCheckin')}
        </span>
        {item.due && <span class="badge">{t('followUp.due')}</span>}
      </a>
    </li>
  )
}

function Meetings(props: { reviewId: string; meetings: readonly Shown<'meeting'>[] }) {
  const { route } = useLocation()
  const { said, busy, attempt } = useAttempt()
  const start = () =>
    attempt(async () => {
      const id = await startMeeting(props.reviewId)
      route(`/reviews/${props.reviewId}/meetings/${id}`)
    })
  const sorted = [...props.meetings].sort((a, b) => (a.data.at < b.data.at ? 1 : -1))
  return (
    <Section title={t('followUp.meetings')}>
      <p class="hint">{t('followUp.meetingsHint')}</p>
      {sorted.length > 0 && (
        <ul class="list">
          {sorted.map((m) => (
            <li key={m.id}>
              <a class="list-item" href={`/reviews/${props.reviewId}/meetings/${m.id}`}>
                <strong>{meetingTitle(m.data)}</strong>
                <span>{t('visits.notes', { count: m.data.notes.length })}</span>
              </a>
            </li>
          ))}
        </ul>
      )}
      <button type="button" class="primary" disabled={busy} onClick={start}>
        {t('followUp.recordMeeting')}
      </button>
      <Message said={said} />
    </Section>
  )
}
