import type { EvidenceNote } from '../../domain/evidence'
import { FEEDBACK_FIELDS, withEveryLine } from '../../domain/feedback'
import type { Feedback, LineOfEnquiry } from '../../domain/schemas'
import { t } from '../messages'
import { lineTitle } from '../titles'
import { EvidencePanel } from './EvidencePanel'
import { Section } from './fields'

/** Someone else's draft (or a conflicted feedback), as text: read, never edited here. */
export function FeedbackView(props: {
  reviewId: string
  data: Feedback
  lines: readonly LineOfEnquiry[]
  evidence: readonly EvidenceNote[]
  nameOf: (deviceId: string) => string
}) {
  const lines = withEveryLine(
    props.data,
    props.lines.map((l) => l.id),
  ).lines
  return (
    <>
      {lines.map((line, i) => (
        <details key={line.lineId} class="card line-card" open={i === 0}>
          <summary>{lineTitle(props.lines, line.lineId)}</summary>
          <div class="stack">
            {FEEDBACK_FIELDS.map((field) => (
              <div key={field}>
                <p class="contribution-label">{t(`feedback.${field}`)}</p>
                <p class={line[field].trim() ? 'note-text' : 'note-text empty'}>
                  {line[field].trim() || t('feedback.nothingWritten')}
                </p>
              </div>
            ))}
            <EvidencePanel
              reviewId={props.reviewId}
              lineId={line.lineId}
              notes={props.evidence}
              links={line.evidence}
              nameOf={props.nameOf}
            />
          </div>
        </details>
      ))}
      <Section title={t('feedback.summary')}>
        <p class={props.data.summary.trim() ? 'note-text' : 'note-text empty'}>
          {props.data.summary.trim() || t('feedback.nothingWritten')}
        </p>
      </Section>
      <Section title={t('feedback.statusHeading')}>
        <p>{t(`feedback.status.${props.data.status}`)}</p>
      </Section>
    </>
  )
}
