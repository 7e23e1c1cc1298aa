import { useRoute } from 'preact-iso'
import { cycleRecords } from '../../db/progress'
import type { Shown } from '../../db/read'
import { lineOf } from '../../domain/feedback'
import { reportFeedback } from '../../domain/report'
import type { Action, Feedback, LineOfEnquiry, Priority } from '../../domain/schemas'
import { chosenWorkshop, type PlannedAction, planOf } from '../../domain/workshop'
import { useDocumentTitle } from '../hooks/use-document-title'
import { useLive } from '../hooks/use-live'
import { formatDay, t } from '../messages'
import { lineTitle, priorityTitle, reviewDatesText } from '../titles'
import { ReviewLayout } from './ReviewLayout'
import '../report.css'
import '../components/cycle.css'

type CycleData = Awaited<ReturnType<typeof cycleRecords>>
type Planned = PlannedAction<Shown<'action'>, Shown<'checkin'>>

/** The improvement plan, printable like the report: priorities → actions → latest check-in. */
export function PlanScreen() {
  const { params } = useRoute()
  const reviewId = params.id as string
  const data = useLive(() => cycleRecords(reviewId), [reviewId])
  const school = data?.review?.data.hostSchool
  useDocumentTitle(school ? t('plan.documentTitle', { school }) : undefined)
  return (
    <ReviewLayout reviewId={reviewId} tab="follow-up">
      {!data ? (
        <p>{t('common.loading')}</p>
      ) : !data.review ? (
        <p class="empty">{t('common.notFound')}</p>
      ) : (
        <Plan reviewId={reviewId} data={data} />
      )}
    </ReviewLayout>
  )
}

function Plan({ reviewId, data }: { reviewId: string; data: CycleData }) {
  const lines = data.focus?.data.linesOfEnquiry ?? []
  const feedback = reportFeedback(data.feedback).feedback?.data
  const workshop = chosenWorkshop(data.workshops).workshop?.data
  const plan = planOf(workshop?.priorities ?? [], data.actions, data.checkins)
  const empty = plan.priorities.length === 0 && plan.unplaced.length === 0
  return (
    <article class="report plan">
      <p class="report-back">
        <a href={`/reviews/${reviewId}/follow-up`}>{t('plan.back')}</a>
      </p>
      <h1>{t('plan.title')}</h1>
      <dl class="report-facts">
        <dt>{t('report.school')}</dt>
        <dd>{data.review?.data.hostSchool}</dd>
        <dt>{t('plan.reviewDates')}</dt>
        <dd>{data.review ? reviewDatesText(data.review.data) : ''}</dd>
        <dt>{t('plan.workshopDate')}</dt>
        <dd>{workshop?.at ? formatDay(workshop.at) : t('plan.notSet')}</dd>
      </dl>
      {empty ? (
        <p class="empty report-none">
          {t('plan.empty')} <a href={`/reviews/${reviewId}/workshop`}>{t('plan.openWorkshop')}</a>
        </p>
      ) : (
        <div class="report-actions">
          <button type="button" class="primary" onClick={() => window.print()}>
            {t('report.print')}
          </button>
          <p class="hint">{t('plan.printHint')}</p>
        </div>
      )}
      {plan.priorities.map((entry, i) => (
        <PlanPriority
          key={entry.priority.id}
          heading={t('plan.priorityHeading', { n: i + 1, title: priorityTitle(entry.priority, i) })}
          priority={entry.priority}
          actions={entry.actions}
          lines={lines}
          feedback={feedback}
        />
      ))}
      {plan.unplaced.length > 0 && (
        <section class="report-section" aria-labelledby="plan-unplaced">
          <h2 id="plan-unplaced">{t('plan.unplaced')}</h2>
          {plan.unplaced.map((p, i) => (
            <PlanAction key={p.action.id} n={i + 1} planned={p} />
          ))}
        </section>
      )}
    </article>
  )
}

function PlanPriority(props: {
  heading: string
  priority: Priority
  actions: readonly Planned[]
  lines: readonly LineOfEnquiry[]
  feedback: Feedback | undefined
}) {
  const { priority: p } = props
  const id = `plan-priority-${p.id}`
  return (
    <section class="report-section plan-priority" aria-labelledby={id}>
      <h2 id={id}>{props.heading}</h2>
      {p.detail.trim() && <p class="report-text">{p.detail}</p>}
      {p.lines.length > 0 && (
        <div class="report-part">
          <h3>{t('plan.answers')}</h3>
          <ul class="plan-lines">
            {p.lines.map((lineId) => {
              const findings = props.feedback ? lineOf(props.feedback, lineId).findings.trim() : ''
              return (
                <li key={lineId}>
                  <strong>{lineTitle(props.lines, lineId)}</strong>
                  {findings && <p class="report-text">{findings}</p>}
                </li>
              )
            })}
          </ul>
        </div>
      )}
      {props.actions.length === 0 ? (
        <p class="empty">{t('plan.noActions')}</p>
      ) : (
        props.actions.map((planned, i) => (
          <PlanAction key={planned.action.id} n={i + 1} planned={planned} />
        ))
      )}
    </section>
  )
}

function PlanAction({ n, planned }: { n: number; planned: Planned }) {
  const a: Action = planned.action.data
  const notSet = t('plan.notSet')
  return (
    <div class="report-part plan-action">
      <h3>{t('plan.actionN', { n })}</h3>
      <p class="report-text">{a.what.trim() || t('action.untitled')}</p>
      <dl class="plan-facts">
        <dt>{t('action.lead')}</dt>
        <dd>{a.lead || notSet}</dd>
        <dt>{t('plan.dates')}</dt>
        <dd>
          {t('plan.datesText', {
            start: a.startDate ? formatDay(a.startDate) : notSet,
            review: a.reviewDate ? formatDay(a.reviewDate) : notSet,
          })}
        </dd>
        <dt>{t('action.successCriteria')}</dt>
        <dd class="report-text">{a.successCriteria.trim() || notSet}</dd>
        {(a.research.text.trim() || a.research.reference.trim()) && (
          <>
            <dt>{t('action.research')}</dt>
            <dd class="report-text">
              {[a.research.text.trim(), a.research.reference.trim()].filter(Boolean).join('\n')}
            </dd>
          </>
        )}
        {a.support.length > 0 && (
          <>
            <dt>{t('action.support')}</dt>
            <dd>
              <ul class="plan-support">
                {a.support.map((s) => (
                  <li key={s.id}>
                    {t(s.detail.trim() ? 'plan.support' : 'plan.supportOnly', {
                      school: s.school || notSet,
                      kind: t(`support.${s.kind}`),
                      detail: s.detail.trim(),
                    })}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        <dt>{t('plan.latest')}</dt>
        <dd>
          <LatestCheckin planned={planned} />
        </dd>
      </dl>
    </div>
  )
}

function LatestCheckin({ planned }: { planned: Planned }) {
  const c = planned.latest?.data
  if (!c) return <>{t('followUp.noCheckin')}</>
  return (
    <>
      <p class="plan-checkin">
        {t('plan.checkin', {
          day: formatDay(c.on),
          status: t(`status.${c.status}`),
          name: c.by || t('checkin.noName'),
        })}
      </p>
      {c.seen.trim() && <p class="report-text">{c.seen}</p>}
      {c.nextStep.trim() && (
        <p class="report-text">{t('plan.nextStep', { step: c.nextStep.trim() })}</p>
      )}
    </>
  )
}
