import { useEffect } from 'preact/hooks'
import { useRoute } from 'preact-iso'
import { getFocus, getShown, listOfKind } from '../../db/read'
import { collectEvidence, type EvidenceNote, taggedTo } from '../../domain/evidence'
import { mostRecent, withEveryLine } from '../../domain/feedback'
import { evidenceCount } from '../../domain/links'
import type { FeedbackLine } from '../../domain/schemas'
import { useLive } from '../hooks/use-live'
import { formatDateTime, formatDay, t } from '../messages'
import { lineTitle } from '../titles'
import { ReviewLayout } from './ReviewLayout'
import '../report.css'

/** The consolidated feedback as a report to print or save as a PDF, with the review's details. */
export function ReportScreen() {
  const { params } = useRoute()
  const reviewId = params.id as string
  const data = useLive(async () => {
    const [review, focus, feedback, visits, conversations] = await Promise.all([
      getShown<'review'>(reviewId),
      getFocus(reviewId),
      listOfKind(reviewId, 'feedback'),
      listOfKind(reviewId, 'visit'),
      listOfKind(reviewId, 'conversation'),
    ])
    const consolidated = feedback.filter((f) => f.data.consolidated)
    return {
      review: review ?? null,
      focus: focus ?? null,
      feedback: mostRecent(consolidated) ?? null,
      several: consolidated.length > 1,
      evidence: collectEvidence(visits, conversations),
    }
  }, [reviewId])

  const school = data?.review?.data.hostSchool
  // The document title becomes the PDF's suggested file name and the printed page header.
  useEffect(() => {
    if (!school) return
    const before = document.title
    document.title = t('report.documentTitle', { school })
    return () => {
      document.title = before
    }
  }, [school])

  if (!data) {
    return (
      <ReviewLayout reviewId={reviewId} tab="feedback">
        <p>{t('common.loading')}</p>
      </ReviewLayout>
    )
  }
  if (!data.review || !data.focus) {
    return (
      <ReviewLayout reviewId={reviewId} tab="feedback">
        <p class="empty">{t('common.notFound')}</p>
      </ReviewLayout>
    )
  }
  const review = data.review.data
  const focus = data.focus.data
  const feedback = data.feedback
  const days = [review.startDate, review.endDate].filter(Boolean)
  const dates =
    days.length === 0
      ? t('reviews.noDates')
      : days.length === 1 || review.startDate === review.endDate
        ? formatDay(days[0] as string)
        : t('reviews.dates', { start: formatDay(review.startDate), end: formatDay(review.endDate) })
  const lines = feedback
    ? withEveryLine(
        feedback.data,
        focus.linesOfEnquiry.map((l) => l.id),
      ).lines.filter(
        (l) =>
          focus.linesOfEnquiry.some((f) => f.id === l.lineId) ||
          l.findings.trim() ||
          l.strengths.trim() ||
          l.questions.trim(),
      )
    : []

  return (
    <ReviewLayout reviewId={reviewId} tab="feedback">
      <article class="report">
        <p class="report-back">
          <a href={`/reviews/${reviewId}/feedback`}>{t('report.back')}</a>
        </p>
        <h1>{t('report.title')}</h1>
        <dl class="report-facts">
          <dt>{t('report.school')}</dt>
          <dd>{review.hostSchool}</dd>
          <dt>{t('report.dates')}</dt>
          <dd>{dates}</dd>
          <dt>{t('report.cluster')}</dt>
          <dd>{review.cluster || t('report.noCluster')}</dd>
        </dl>
        {feedback ? (
          <div class="report-actions">
            <button type="button" class="primary" onClick={() => window.print()}>
              {t('report.print')}
            </button>
            <p class="hint">{t('report.printHint')}</p>
            {data.several && <p class="hint">{t('report.severalNote')}</p>}
          </div>
        ) : (
          <p class="empty report-none">
            {t('report.noConsolidated')}{' '}
            <a href={`/reviews/${reviewId}/feedback`}>{t('report.startOne')}</a>
          </p>
        )}

        {feedback?.data.status === 'draft' && (
          <p class="alert report-draft">{t('report.draftWarning')}</p>
        )}

        <section class="report-section" aria-labelledby="report-team">
          <h2 id="report-team">{t('report.team')}</h2>
          {review.team.length === 0 ? (
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
                {review.team.map((m) => (
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

        {feedback?.data.summary.trim() && (
          <section class="report-section" aria-labelledby="report-summary">
            <h2 id="report-summary">{t('report.summary')}</h2>
            <p class="report-text">{feedback.data.summary}</p>
          </section>
        )}

        {feedback &&
          lines.map((line, i) => {
            const title = lineTitle(focus.linesOfEnquiry, line.lineId)
            return (
              <ReportLine
                key={line.lineId}
                heading={t('report.lineHeading', { n: i + 1, title })}
                line={line}
                evidence={data.evidence}
              />
            )
          })}

        {feedback && (
          <p class="report-footer hint">
            {t('report.madeFrom', {
              author: feedback.data.author,
              time: formatDateTime(feedback.updatedAt),
            })}
          </p>
        )}
      </article>
    </ReviewLayout>
  )
}

function ReportLine(props: {
  heading: string
  line: FeedbackLine
  evidence: readonly EvidenceNote[]
}) {
  const { line } = props
  const id = `report-line-${line.lineId}`
  const parts = (['findings', 'strengths', 'questions'] as const).filter((f) => line[f].trim())
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
  const linked = evidenceCount(line.evidence)
  if (linked.pieces > 0) {
    return t('report.evidenceLinked', {
      pieces: t('report.pieces', { count: linked.pieces }),
      activities: t('report.activities', { count: linked.activities }),
    })
  }
  const tagged = taggedTo(evidence, line.lineId)
  if (tagged.length === 0) return t('report.evidenceNone')
  return t('report.evidenceTagged', {
    notes: t('report.notes', { count: tagged.length }),
    activities: t('report.activities', { count: new Set(tagged.map((n) => n.recordId)).size }),
  })
}
