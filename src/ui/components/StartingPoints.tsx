import type { LineOfEnquiry } from '../../domain/schemas'
import type { StartingPoint } from '../../domain/workshop'
import { t } from '../messages'
import { lineTitle } from '../titles'
import { Section } from './fields'

/** The consolidated feedback's findings and questions for reflection, read-only, per line. */
export function StartingPoints(props: {
  reviewId: string
  points: readonly StartingPoint[]
  lines: readonly LineOfEnquiry[]
}) {
  return (
    <Section title={t('workshop.startingPoints')}>
      {props.points.length === 0 ? (
        <p class="empty">
          {t('workshop.noFeedback')}{' '}
          <a href={`/reviews/${props.reviewId}/share`}>{t('feedback.openShare')}</a>
        </p>
      ) : (
        <>
          <p class="hint">{t('workshop.startingPointsHint')}</p>
          {props.points.map((p, i) => (
            <details key={p.lineId} class="starting-point" open={i === 0}>
              <summary>{lineTitle(props.lines, p.lineId)}</summary>
              {p.findings && (
                <>
                  <h3>{t('feedback.findings')}</h3>
                  <p class="note-text">{p.findings}</p>
                </>
              )}
              {p.questions.length > 0 && (
                <>
                  <h3>{t('feedback.questions')}</h3>
                  <ul class="questions">
                    {p.questions.map((q, j) => (
                      // Two questions may read the same: their place is their identity here.
                      <li key={j}>{q}</li>
                    ))}
                  </ul>
                </>
              )}
            </details>
          ))}
        </>
      )}
    </Section>
  )
}
