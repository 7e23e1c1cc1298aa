import { useId } from 'preact/hooks'
import { type EvidenceNote, taggedTo } from '../../domain/evidence'
import { hasLink, linkTo, sameLink } from '../../domain/links'
import type { EvidenceLink } from '../../domain/schemas'
import { formatTime, t } from '../messages'

/**
 * Every note tagged to one line of enquiry, from every visit and conversation on this device
 * (so from every reviewer whose bundle was imported), with a toggle that links a note to the
 * line's findings. Without onToggle it only shows the notes that are linked.
 */
export function EvidencePanel(props: {
  reviewId: string
  lineId: string
  notes: readonly EvidenceNote[]
  links: readonly EvidenceLink[]
  nameOf: (deviceId: string) => string
  onToggle?: (link: EvidenceLink) => void
  open?: boolean
}) {
  const editable = props.onToggle !== undefined
  const tagged = taggedTo(props.notes, props.lineId)
  // Linked notes that were re-tagged since stay visible, so they can be unlinked.
  const linkedElsewhere = props.notes.filter(
    (n) => !n.lines.includes(props.lineId) && hasLink(props.links, linkTo(n)),
  )
  const shown = editable
    ? [...tagged, ...linkedElsewhere]
    : props.notes.filter((n) => hasLink(props.links, linkTo(n)))
  const missing = props.links.filter((l) => !props.notes.some((n) => sameLink(l, linkTo(n)))).length
  const linkedCount = shown.filter((n) => hasLink(props.links, linkTo(n))).length
  return (
    <details class="evidence" open={props.open}>
      <summary>
        {editable
          ? t('feedback.evidence', {
              notes: t('feedback.notesTagged', { count: tagged.length }),
              linked: t('feedback.notesLinked', { count: linkedCount }),
            })
          : t('feedback.linkedEvidence', { count: props.links.length })}
      </summary>
      {shown.length === 0 ? (
        <p class="empty">{editable ? t('feedback.noEvidence') : t('feedback.noLinkedEvidence')}</p>
      ) : (
        <ul class="notes evidence-list">
          {shown.map((n) => (
            <EvidenceItem
              key={`${n.recordId}:${n.noteId}`}
              reviewId={props.reviewId}
              note={n}
              tagged={n.lines.includes(props.lineId)}
              linked={hasLink(props.links, linkTo(n))}
              name={props.nameOf(n.by)}
              onToggle={props.onToggle}
            />
          ))}
        </ul>
      )}
      {missing > 0 && <p class="hint">{t('feedback.linkedMissing', { count: missing })}</p>}
    </details>
  )
}

function EvidenceItem(props: {
  reviewId: string
  note: EvidenceNote
  tagged: boolean
  linked: boolean
  name: string
  onToggle: ((link: EvidenceLink) => void) | undefined
}) {
  const textId = useId()
  const n = props.note
  const { onToggle } = props
  const href = `/reviews/${props.reviewId}/${n.kind === 'visit' ? 'visits' : 'conversations'}/${n.recordId}#note-${n.noteId}`
  return (
    <li class={props.linked ? 'note-item evidence-item linked' : 'note-item evidence-item'}>
      <p class="note-meta">
        <time dateTime={n.at}>{formatTime(n.at)}</time>
        <span>{t(`source.${n.source}`)}</span>
        {n.context && <span>{n.context}</span>}
        <span>{t('feedback.noteBy', { name: props.name })}</span>
      </p>
      {n.prompt && <p class="hint">{n.prompt}</p>}
      <p class="note-text" id={textId}>
        {n.text}
      </p>
      {!props.tagged && <p class="hint">{t('feedback.notTaggedNow')}</p>}
      <div class="evidence-actions">
        {onToggle ? (
          <label class="check">
            <input
              type="checkbox"
              checked={props.linked}
              aria-describedby={textId}
              onChange={() => onToggle(linkTo(n))}
            />
            {t('feedback.link')}
          </label>
        ) : (
          props.linked && <span class="tag">{t('feedback.linked')}</span>
        )}
        <a href={href}>
          {n.kind === 'visit' ? t('feedback.openVisit') : t('feedback.openConversation')}
        </a>
      </div>
    </li>
  )
}
