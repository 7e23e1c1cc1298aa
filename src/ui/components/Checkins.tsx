import { useState } from 'preact/hooks'
import { addCheckin } from '../../db/cycle'
import type { Shown } from '../../db/read'
import { deleteRecord } from '../../db/write'
import { localDay } from '../../domain/days'
import { newCheckin } from '../../domain/new-records'
import { CHECKIN_STATUSES, type Checkin, payloadSchemas } from '../../domain/schemas'
import { useAttempt } from '../hooks/use-attempt'
import { useRecordAutosave } from '../hooks/use-autosave'
import { useFormDraft } from '../hooks/use-form-draft'
import { usePeople } from '../hooks/use-people'
import { useProfile } from '../hooks/use-profile'
import { formatDateTime, formatDay, t } from '../messages'
import { Section, Select, TextArea, TextField } from './fields'
import { explainError, Message, type Said } from './Message'
import { SaveStatus } from './SaveStatus'

/** An action's check-ins, newest first, and adding one: today, under way, by this person. */
export function Checkins(props: {
  reviewId: string
  actionId: string
  checkins: readonly Shown<'checkin'>[]
}) {
  return (
    <Section title={t('checkin.heading')}>
      <AddCheckin reviewId={props.reviewId} actionId={props.actionId} />
      {props.checkins.length === 0 ? (
        <p class="empty">{t('checkin.none')}</p>
      ) : (
        <ol class="plain checkins">
          {props.checkins.map((c) => (
            <li key={c.id}>
              <CheckinItem reviewId={props.reviewId} checkin={c} />
            </li>
          ))}
        </ol>
      )}
    </Section>
  )
}

/** The check-in's fields, for a new one and for editing one. */
function CheckinFields(props: { c: Checkin; set: (patch: Partial<Checkin>) => void }) {
  const { c, set } = props
  return (
    <>
      <TextField
        type="date"
        label={t('checkin.on')}
        value={c.on}
        onInput={(on) => on && set({ on })}
      />
      <Select
        label={t('checkin.status')}
        value={c.status}
        options={CHECKIN_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
        onChange={(status) => set({ status })}
      />
      <TextArea
        label={t('checkin.seen')}
        hint={t('checkin.seenHint')}
        value={c.seen}
        onInput={(seen) => set({ seen })}
      />
      <TextArea
        label={t('checkin.nextStep')}
        value={c.nextStep}
        onInput={(nextStep) => set({ nextStep })}
        rows={2}
      />
      <TextField label={t('checkin.by')} value={c.by} onInput={(by) => set({ by })} />
    </>
  )
}

function AddCheckin(props: { reviewId: string; actionId: string }) {
  const profile = useProfile()
  const blank = () => newCheckin(props.actionId, localDay(new Date()), profile?.name ?? '')
  // Kept until saved or cancelled: a reload or a closed page leaves the check-in half-written.
  const [draft, setDraft] = useFormDraft<Checkin | null>(
    `checkin:${props.actionId}`,
    () => null,
    (kept) => payloadSchemas.checkin.safeParse(kept).data,
  )
  const [said, setSaid] = useState<Said | null>(null)
  const save = async () => {
    if (!draft) return
    try {
      await addCheckin(props.reviewId, draft)
      setDraft(null)
      setSaid({ text: t('checkin.added'), error: false })
    } catch (error) {
      setSaid({ text: explainError(error), error: true })
    }
  }
  if (!draft) {
    return (
      <div class="stack">
        <Message said={said} />
        <button
          type="button"
          class="primary"
          onClick={() => {
            setSaid(null)
            setDraft(blank())
          }}
        >
          {t('checkin.add')}
        </button>
      </div>
    )
  }
  return (
    <fieldset class="card stack">
      <legend>{t('checkin.new')}</legend>
      <CheckinFields c={draft} set={(patch) => setDraft({ ...draft, ...patch })} />
      <Message said={said} />
      <div class="row">
        <button type="button" class="primary" onClick={save}>
          {t('checkin.save')}
        </button>
        <button type="button" class="secondary" onClick={() => setDraft(null)}>
          {t('common.cancel')}
        </button>
      </div>
    </fieldset>
  )
}

/** A check-in as read: when, where the action stands, what was seen, who wrote it. */
function CheckinItem(props: { reviewId: string; checkin: Shown<'checkin'> }) {
  const { checkin: c } = props
  const nameOf = usePeople()
  const [editing, setEditing] = useState(false)
  if (editing && !c.conflicted) {
    return <CheckinEditor checkin={c} done={() => setEditing(false)} />
  }
  const label = t('checkin.title', {
    day: formatDay(c.data.on),
    status: t(`status.${c.data.status}`),
  })
  return (
    <article class="checkin stack" aria-label={label}>
      <h3>{label}</h3>
      {c.data.seen.trim() && <CheckinPart label={t('checkin.seen')} text={c.data.seen} />}
      {c.data.nextStep.trim() && (
        <CheckinPart label={t('checkin.nextStep')} text={c.data.nextStep} />
      )}
      <p class="hint">
        {t('checkin.written', {
          name: c.data.by || t('checkin.noName'),
          device: nameOf(c.by),
          time: formatDateTime(c.updatedAt),
        })}
      </p>
      {c.conflicted ? (
        <p class="alert">
          {t('checkin.conflicted')}{' '}
          <a href={`/reviews/${props.reviewId}/conflicts/${c.id}`}>{t('feedback.resolve')}</a>
        </p>
      ) : (
        <div class="row">
          <button
            type="button"
            class="secondary"
            aria-label={t('checkin.edit', { label })}
            onClick={() => setEditing(true)}
          >
            {t('common.edit')}
          </button>
        </div>
      )}
    </article>
  )
}

function CheckinPart(props: { label: string; text: string }) {
  return (
    <div>
      <p class="contribution-label">{props.label}</p>
      <p class="note-text">{props.text}</p>
    </div>
  )
}

function CheckinEditor(props: { checkin: Shown<'checkin'>; done: () => void }) {
  const { checkin: c } = props
  const saved = useRecordAutosave(c)
  const removing = useAttempt()
  const draft = saved.draft
  if (!draft) return null
  const remove = () => {
    if (!window.confirm(t('checkin.confirmDelete'))) return
    void removing.attempt(() => deleteRecord(c.id))
  }
  return (
    <fieldset class="stack">
      <legend>{t('checkin.editing')}</legend>
      <CheckinFields
        c={draft}
        set={(patch) => saved.update((newest) => ({ ...newest, ...patch }))}
      />
      <SaveStatus status={saved.status} />
      <div class="row">
        <button type="button" class="secondary" onClick={() => saved.flush().then(props.done)}>
          {t('common.done')}
        </button>
        <button type="button" class="danger" disabled={removing.busy} onClick={remove}>
          {t('checkin.delete')}
        </button>
      </div>
      <Message said={removing.said} />
    </fieldset>
  )
}
