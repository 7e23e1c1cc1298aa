import { useRoute } from 'preact-iso'
import { getFocus, getShown, listOfKind, type Shown } from '../../db/read'
import { collectEvidence, type EvidenceNote } from '../../domain/evidence'
import { FEEDBACK_FIELDS } from '../../domain/feedback'
import { evidenceBehind, reportFeedback, reportLines } from '../../domain/report'
import type { FeedbackLine, Focus, Review } from '../../domain/schemas'
import { useDocumentTitle } from '../hooks/use-document-title'
import { useLive } from '../hooks/use-live'
import { formatDateTime, t } from '../messages'
import { lineTitle, reviewDatesText } from '../titles'
import { ReviewLayout } from './ReviewLayout'
import '../report.css'

interface ReportData {
  review: Shown<'review'> | null
  focus: Shown<'focus'> | null
  feedback: Shown<'feedback'> | null
  several: boolean
  evidence: EvidenceNote[]
}

function useReportData(reviewId: string): ReportData | undefined {
  return useLive(async () => {
    const [review, focus, feedback, visits, conversations] = await Promise.all([
      getShown<'review'>(reviewId),
      getFocus(reviewId),
      listOfKind(reviewId, 'feedback'),
      listOfKind(reviewId, 'visit'),
      listOfKind(reviewId, 'conversation'),
    ])
    const chosen = reportFeedback(feedback)
    return {
      review: review ?? null,
      focus: focus ?? null,
      feedback: chosen.feedback ?? null,
      several: chosen.several,
      evidence: collectEvidence(visits, conversations),
    }
  }, [reviewId])
}

/** The consolidated feedback as a report to print or save as a PDF, with the review's details. */
export function ReportScreen() {
  const { params } = useRoute()
  const reviewId = params.id as string
  const data = useReportData(reviewId)
  const school = data?.review?.data.hostSchool
  useDocumentTitle(school ? t('report.documentTitle', { school }) : undefined)
  return (
    <ReviewLayout reviewId={reviewId} tab="feedback">
      {!data ? (
        <p>{t('common.loading')}</p>
      ) : !data.review || !data.focus ? (
        <p class="empty">{t('common.notFound')}</p>
      ) : (
        <Report
          reviewId={reviewId}
          review={data.review.data}
          focus={data.focus.data}
          feedback={data.feedback}
          several={data.several}
          evidence={data.evidence}
        />
      )}
    </ReviewLayout>
  )
}

function Report(props: {
  reviewId: string
  review: Review
  focus: Focus
  feedback: Shown<'feedback'> | null
  several: boolean
  evidence: readonly EvidenceNote[]
}) {
  const { focus, feedback } = props
  const lines = feedback ? reportLines(feedback.data, focus.linesOfEnquiry) : []
  return (
    <article class="report">
      <ReportHead
        reviewId={props.reviewId}
        review={props.review}
        printable={feedback !== null}
        several={props.several}
      />
      {feedback?.data.status === 'draft' && (
        <p class="alert report-draft">{t('report.draftWarning')}</p>
      )}
      <ReportTeam team={props.review.team} />
      <ReportQuestion focus={focus} />
      {feedback?.data.summary.trim() && (
        <section class="report-section" aria-labelledby="report-summary">
          <h2 id="report-summary">{t('report.summary')}</h2>
          <p class="report-text">{feedback.data.summary}</p>
        </section>
      )}
      {lines.map((line, i) => (
        <ReportLine
          key={line.lineId}
          heading={t('report.lineHeading', {
            n: i + 1,
            title: lineTitle(focus.linesOfEnquiry, line.lineId),
          })}
          line={line}
          evidence={props.evidence}
        />
      ))}
      {feedback && (
        <p class="report-footer hint">
          {t('report.madeFrom', {
            author: feedback.data.author,
            time: formatDateTime(feedback.updatedAt),
          })}
        </p>
      )}
    </article>
  )
}

function ReportHead(props: {
  reviewId: string
  review: Review
  printable: boolean
  several: boolean
}) {
  const { review } = props
  return (
    <>
      <p class="report-back">
        <a href={`/reviews/${props.reviewId}/feedback`}>{t('report.back')}</a>
      </p>
      <h1>{t('report.title')}</h1>
      <dl class="report-facts">
        <dt>{t('report.school')}</dt>
        <dd>{review.hostSchool}</dd>
        <dt>{t('report.dates')}</dt>
        <dd>{reviewDatesText(review)}</dd>
        <dt>{t('report.cluster')}</dt>
        <dd>{review.cluster || t('report.noCluster')}</dd>
      </dl>
      {props.printable ? (
        <div class="report-actions">
          <button type="button" class="primary" onClick={() => window.print()}>
            {t('report.print')}
          </button>
          <p class="hint">{t('report.printHint')}</p>
          {props.several && <p class="hint">{t('report.severalNote')}</p>}
        </div>
      ) : (
        <p class="empty report-none">
          {t('report.noConsolidated')}{' '}
          <a href={`/reviews/${props.reviewId}/feedback`}>{t('report.startOne')}</a>
        </p>
      )}
    </>
  )
}

function ReportTeam({ team }: { team: Review['team'] }) {
  return (
    <section class="report-section" aria-labelledby="report-team">
      <h2 id="report-team">{t('report.team')}</h2>
      {team.length === 0 ? (
        <p class="empty">{t('report.noTeam')}</p>
      ) : (
        <table class="report-team">
          <thead>
            <tr>
              <th scope="col">{t('report.teamName')}</th>
              <th scope="col">{t('report.teamSchool')}</th>
              <th scope="col">{t('report.teamRole')}</th>
            </tr>
          </thead>
          <tbody>
            {team.map((m) => (
              <tr key={m.id}>
                <td>{m.name}</td>
                <td>{m.school}</td>
                <td>{t(`role.${m.role}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}

function ReportQuestion({ focus }: { focus: Focus }) {
  return (
    <section class="report-section" aria-labelledby="report-question">
      <h2 id="report-question">{t('report.question')}</h2>
      <p class="report-text report-question">
        {focus.enquiryQuestion.trim() || t('report.noQuestion')}
      </p>
      {focus.context.trim() && (
        <>
          <h3>{t('report.context')}</h3>
          <p class="report-text">{focus.context}</p>
        </>
      )}
    </section>
  )
}

function ReportLine(props: {
  heading: string
  line: FeedbackLine
  evidence: readonly EvidenceNote[]
}) {
  const { line } = props
  const id = `report-line-${line.lineId}`
  const parts = FEEDBACK_FIELDS.filter((f) => line[f].trim())
  return (
    <section class="report-section report-line" aria-labelledby={id}>
      <h2 id={id}>{props.heading}</h2>
      {parts.length === 0 ? (
        <p class="empty">{t('report.nothingForLine')}</p>
      ) : (
        parts.map((field) => (
          <div key={field} class="report-part">
            <h3>{t(`feedback.${field}`)}</h3>
            <p class="report-text">{line[field]}</p>
          </div>
        ))
      )}
      <p class="report-evidence">{evidenceSentence(line, props.evidence)}</p>
    </section>
  )
}

/** Linked evidence when the team linked some; otherwise the notes tagged to the line, saying so. */
function evidenceSentence(line: FeedbackLine, evidence: readonly EvidenceNote[]): string {
  const behind = evidenceBehind(line, evidence)
  if (behind.kind === 'none') return t('report.evidenceNone')
  const activities = t('report.activities', { count: behind.activities })
  return behind.kind === 'linked'
    ? t('report.evidenceLinked', {
        pieces: t('report.pieces', { count: behind.pieces }),
        activities,
      })
    : t('report.evidenceTagged', { notes: t('report.notes', { count: behind.notes }), activities })
}
