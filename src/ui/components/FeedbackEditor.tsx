import { useId } from 'preact/hooks'
import type { Shown } from '../../db/read'
import type { EvidenceNote } from '../../domain/evidence'
import { appendParagraph, FEEDBACK_FIELDS, withEveryLine } from '../../domain/feedback'
import { toggleLink, unionLinks } from '../../domain/links'
import type { Clock, Feedback, FeedbackLine, LineOfEnquiry } from '../../domain/schemas'
import { useRecordAutosave } from '../hooks/use-autosave'
import { t } from '../messages'
import { lineTitle } from '../titles'
import { DraftContributions } from './DraftContributions'
import { EvidencePanel } from './EvidencePanel'
import { Section, TextArea } from './fields'
import { GradingHint } from './GradingHint'
import { SaveStatus } from './SaveStatus'

/**
 * A reviewer's own draft or the consolidated feedback: per line of enquiry the evidence tagged
 * to it, (for the consolidated feedback) what each reviewer's draft says, then findings,
 * strengths and questions for reflection. Autosaved like every other record.
 */
export function FeedbackEditor(props: {
  reviewId: string
  id: string
  data: Feedback
  /** The change sequence the record was read at (Shown.seq). */
  seq: number
  /** The version shown (Shown.seen): edits are saved over it. */
  seen: Clock | undefined
  lines: readonly LineOfEnquiry[]
  evidence: readonly EvidenceNote[]
  /** Reviewers' drafts to bring together; only for the consolidated feedback. */
  drafts?: readonly Shown<'feedback'>[]
  /** The id of this person's own draft, shown as "Your draft" among the reviewers' drafts. */
  myDraftId?: string
  nameOf: (deviceId: string) => string
}) {
  const { draft, update, status } = useRecordAutosave({ ...props, kind: 'feedback' })
  if (!draft) return null
  const lineIds = props.lines.map((l) => l.id)
  // The first edit also gives every line of the focus its entry in the record.
  const save = (next: Feedback) => update(withEveryLine(next, lineIds))
  const change = (lineId: string, edit: (line: FeedbackLine) => FeedbackLine) => {
    update((newest) => {
      const full = withEveryLine(newest, lineIds)
      return { ...full, lines: full.lines.map((l) => (l.lineId === lineId ? edit(l) : l)) }
    })
  }
  const shown = withEveryLine(draft, lineIds).lines
  return (
    <>
      <p class="hint">
        {draft.consolidated ? t('feedback.consolidatedIntro') : t('feedback.editIntro')}
      </p>
      {props.lines.length === 0 && (
        <p class="empty">
          {t('feedback.noLines')}{' '}
          <a href={`/reviews/${props.reviewId}/focus`}>{t('feedback.openFocus')}</a>
        </p>
      )}
      {shown.map((line, i) => (
        <LineCard
          key={line.lineId}
          reviewId={props.reviewId}
          title={lineTitle(props.lines, line.lineId)}
          prompts={props.lines.find((l) => l.id === line.lineId)?.prompts ?? []}
          line={line}
          evidence={props.evidence}
          drafts={props.drafts}
          myDraftId={props.myDraftId}
          nameOf={props.nameOf}
          open={i === 0}
          onChange={(edit) => change(line.lineId, edit)}
        />
      ))}
      <div class="card">
        <TextArea
          label={t('feedback.summary')}
          hint={t('feedback.summaryHint')}
          value={draft.summary}
          rows={4}
          onInput={(summary) => save({ ...draft, summary })}
        />
        <GradingHint text={draft.summary} />
      </div>
      <StatusSection data={draft} onStatus={(status) => save({ ...draft, status })} />
      <SaveStatus status={status} />
    </>
  )
}

function LineCard(props: {
  reviewId: string
  title: string
  prompts: readonly string[]
  line: FeedbackLine
  evidence: readonly EvidenceNote[]
  drafts: readonly Shown<'feedback'>[] | undefined
  myDraftId: string | undefined
  nameOf: (deviceId: string) => string
  open: boolean
  onChange: (edit: (line: FeedbackLine) => FeedbackLine) => void
}) {
  const titleId = useId()
  const { line, onChange } = props
  const prompts = props.prompts.filter((p) => p.trim() !== '')
  return (
    <details class="card line-card" open={props.open}>
      <summary>
        <span id={titleId}>{props.title}</span>
      </summary>
      <div class="stack">
        {prompts.length > 0 && (
          <div class="prompts">
            <p class="contribution-label">{t('feedback.prompts')}</p>
            <ul>
              {prompts.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </div>
        )}
        <EvidencePanel
          reviewId={props.reviewId}
          lineId={line.lineId}
          notes={props.evidence}
          links={line.evidence}
          nameOf={props.nameOf}
          open={!props.drafts}
          onToggle={(link) => onChange((l) => ({ ...l, evidence: toggleLink(l.evidence, link) }))}
        />
        {props.drafts && (
          <DraftContributions
            lineId={line.lineId}
            drafts={props.drafts}
            myDraftId={props.myDraftId}
            target={line}
            onAdd={(field, text, evidence) =>
              onChange((l) => ({
                ...l,
                ...(field ? { [field]: appendParagraph(l[field], text) } : {}),
                evidence: unionLinks(l.evidence, evidence),
              }))
            }
          />
        )}
        <fieldset aria-labelledby={titleId}>
          {FEEDBACK_FIELDS.map((field) => (
            <div key={field}>
              <TextArea
                label={t(`feedback.${field}`)}
                hint={t(`feedback.${field}Hint`)}
                value={line[field]}
                rows={field === 'findings' ? 5 : 3}
                onInput={(text) => onChange((l) => ({ ...l, [field]: text }))}
              />
              <GradingHint text={line[field]} />
            </div>
          ))}
        </fieldset>
      </div>
    </details>
  )
}

/** Draft or ready, and the button that changes it. */
function StatusSection(props: { data: Feedback; onStatus: (status: Feedback['status']) => void }) {
  const { data } = props
  return (
    <Section title={t('feedback.statusHeading')}>
      <p>
        {data.status === 'draft'
          ? t('feedback.isDraft')
          : data.consolidated
            ? t('feedback.isReadyConsolidated')
            : t('feedback.isReady')}
      </p>
      {data.status === 'draft' ? (
        <button type="button" class="primary" onClick={() => props.onStatus('ready')}>
          {t('feedback.markReady')}
        </button>
      ) : (
        <button type="button" class="secondary" onClick={() => props.onStatus('draft')}>
          {t('feedback.markDraft')}
        </button>
      )}
    </Section>
  )
}
