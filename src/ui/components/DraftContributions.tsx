import { useId } from 'preact/hooks'
import type { Shown } from '../../db/read'
import { FEEDBACK_FIELDS, type FeedbackField, hasText, holds, lineOf } from '../../domain/feedback'
import { hasLink } from '../../domain/links'
import type { EvidenceLink, FeedbackLine } from '../../domain/schemas'
import { t } from '../messages'

/**
 * In the consolidated feedback, what each reviewer's draft says about one line of enquiry, with
 * buttons that bring their words (and the evidence they linked) into the consolidated line.
 */
export function DraftContributions(props: {
  lineId: string
  drafts: readonly Shown<'feedback'>[]
  myDraftId: string | undefined
  target: FeedbackLine
  onAdd: (field: FeedbackField | null, text: string, evidence: readonly EvidenceLink[]) => void
}) {
  const headingId = useId()
  const entries = props.drafts
    .map((draft) => ({ draft, line: lineOf(draft.data, props.lineId) }))
    .filter(({ line }) => hasText(line) || line.evidence.length > 0)
  return (
    <section class="contributions" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('feedback.fromDrafts')}</h3>
      {props.drafts.length === 0 ? (
        <p class="empty">{t('feedback.noDrafts')}</p>
      ) : entries.length === 0 ? (
        <p class="empty">{t('feedback.draftsSaidNothing')}</p>
      ) : (
        entries.map(({ draft, line }) => (
          <Contribution
            key={draft.id}
            draft={draft}
            mine={draft.id === props.myDraftId}
            line={line}
            target={props.target}
            onAdd={props.onAdd}
          />
        ))
      )}
    </section>
  )
}

function Contribution(props: {
  draft: Shown<'feedback'>
  mine: boolean
  line: FeedbackLine
  target: FeedbackLine
  onAdd: (field: FeedbackField | null, text: string, evidence: readonly EvidenceLink[]) => void
}) {
  const headingId = useId()
  const { line, target } = props
  const newLinks = line.evidence.filter((l) => !hasLink(target.evidence, l))
  return (
    <article class="contribution" aria-labelledby={headingId}>
      <h4 id={headingId}>
        {props.mine
          ? t('feedback.myDraft')
          : t('feedback.draftBy', { name: props.draft.data.author })}{' '}
        <span class="tag">{t(`feedback.status.${props.draft.data.status}`)}</span>
      </h4>
      {FEEDBACK_FIELDS.map((field) =>
        line[field].trim() === '' ? null : (
          <div key={field} class="contribution-field">
            <p class="contribution-label">{t(`feedback.${field}`)}</p>
            <p class="note-text">{line[field]}</p>
            {holds(target[field], line[field]) ? (
              <p class="hint">{t(`feedback.added.${field}`)}</p>
            ) : (
              <button
                type="button"
                class="secondary"
                onClick={() => props.onAdd(field, line[field], line.evidence)}
              >
                {t(`feedback.addTo.${field}`)}
              </button>
            )}
          </div>
        ),
      )}
      {line.evidence.length > 0 && (
        <p class="hint">{t('feedback.theirEvidence', { count: line.evidence.length })}</p>
      )}
      {newLinks.length > 0 && (
        <button type="button" class="secondary" onClick={() => props.onAdd(null, '', newLinks)}>
          {t('feedback.linkTheirEvidence')}
        </button>
      )}
    </article>
  )
}
