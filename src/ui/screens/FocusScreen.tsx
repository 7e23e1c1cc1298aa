import { useRoute } from 'preact-iso'
import { getFocus, getShown } from '../../db/read'
import { EVIDENCE_ACTIVITIES, type Focus, type Review, ROLES, STAGES } from '../../domain/schemas'
import { Chips, Section, Select, TextArea, TextField } from '../components/fields'
import { SaveStatus } from '../components/SaveStatus'
import { useRecordAutosave } from '../hooks/use-autosave'
import { useLive } from '../hooks/use-live'
import { t } from '../messages'
import { ReviewLayout } from './ReviewLayout'

export function FocusScreen() {
  const { params } = useRoute()
  const reviewId = params.id as string
  const review = useLive(() => getShown<'review'>(reviewId).then((r) => r ?? null), [reviewId])
  const focus = useLive(() => getFocus(reviewId).then((f) => f ?? null), [reviewId])
  return (
    <ReviewLayout reviewId={reviewId} tab="focus">
      <h1>{t('review.focus')}</h1>
      {review === undefined || focus === undefined ? (
        <p>{t('common.loading')}</p>
      ) : review === null || focus === null ? (
        <p class="empty">{t('common.notFound')}</p>
      ) : (
        <>
          <ReviewEditor id={review.id} data={review.data} />
          <FocusEditor id={focus.id} data={focus.data} team={review.data.team} />
        </>
      )}
    </ReviewLayout>
  )
}

function ReviewEditor(props: { id: string; data: Review }) {
  const { draft, update, status } = useRecordAutosave(props.id, 'review', props.data)
  if (!draft) return null
  const set = (patch: Partial<Review>) => update({ ...draft, ...patch })
  const setMember = (i: number, patch: Partial<Review['team'][number]>) =>
    set({ team: draft.team.map((m, j) => (j === i ? { ...m, ...patch } : m)) })
  return (
    <>
      <Section title={t('focus.reviewHeading')}>
        <TextField
          label={t('newReview.hostSchool')}
          value={draft.hostSchool}
          onInput={(hostSchool) => set({ hostSchool })}
        />
        <TextField
          label={t('newReview.cluster')}
          value={draft.cluster}
          onInput={(cluster) => set({ cluster })}
        />
        <TextField
          type="date"
          label={t('newReview.startDate')}
          value={draft.startDate}
          onInput={(startDate) => set({ startDate })}
        />
        <TextField
          type="date"
          label={t('newReview.endDate')}
          value={draft.endDate}
          onInput={(endDate) => set({ endDate })}
        />
        <Select
          label={t('focus.stage')}
          value={draft.stage}
          options={STAGES.map((s) => ({ value: s, label: t(`stage.${s}`) }))}
          onChange={(stage) => set({ stage })}
        />
      </Section>
      <Section title={t('focus.team')}>
        {draft.team.map((m, i) => (
          <fieldset key={m.id} class="group">
            <legend>{t('focus.member', { n: i + 1 })}</legend>
            <TextField
              label={t('focus.memberName')}
              value={m.name}
              onInput={(name) => setMember(i, { name })}
            />
            <TextField
              label={t('focus.memberSchool')}
              value={m.school}
              onInput={(school) => setMember(i, { school })}
            />
            <Select
              label={t('focus.memberRole')}
              value={m.role}
              options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
              onChange={(role) => setMember(i, { role })}
            />
            <button
              type="button"
              class="secondary"
              onClick={() => set({ team: draft.team.filter((_, j) => j !== i) })}
            >
              {t('focus.removeMember', { n: i + 1 })}
            </button>
          </fieldset>
        ))}
        <button
          type="button"
          class="secondary"
          onClick={() =>
            set({
              team: [
                ...draft.team,
                { id: crypto.randomUUID(), name: '', school: '', role: 'reviewer' },
              ],
            })
          }
        >
          {t('focus.addMember')}
        </button>
      </Section>
      <SaveStatus status={status} />
    </>
  )
}

function FocusEditor(props: { id: string; data: Focus; team: Review['team'] }) {
  const { draft, update, status } = useRecordAutosave(props.id, 'focus', props.data)
  if (!draft) return null
  const set = (patch: Partial<Focus>) => update({ ...draft, ...patch })
  const setLine = (i: number, patch: Partial<Focus['linesOfEnquiry'][number]>) =>
    set({ linesOfEnquiry: draft.linesOfEnquiry.map((l, j) => (j === i ? { ...l, ...patch } : l)) })
  const setEvidence = (i: number, patch: Partial<Focus['evidencePlan'][number]>) =>
    set({ evidencePlan: draft.evidencePlan.map((l, j) => (j === i ? { ...l, ...patch } : l)) })
  const setSlot = (i: number, patch: Partial<Focus['schedule'][number]>) =>
    set({ schedule: draft.schedule.map((l, j) => (j === i ? { ...l, ...patch } : l)) })
  const teamChips = props.team.map((m) => ({
    id: m.id,
    label: m.name || t('focus.member', { n: props.team.indexOf(m) + 1 }),
  }))
  return (
    <>
      <Section title={t('focus.heading')}>
        <TextArea
          label={t('focus.question')}
          hint={t('focus.questionHint')}
          value={draft.enquiryQuestion}
          onInput={(enquiryQuestion) => set({ enquiryQuestion })}
          rows={2}
        />
        <TextArea
          label={t('focus.context')}
          value={draft.context}
          onInput={(context) => set({ context })}
          rows={4}
        />
      </Section>
      <Section title={t('focus.lines')}>
        {draft.linesOfEnquiry.length === 0 && <p class="empty">{t('focus.noLines')}</p>}
        {draft.linesOfEnquiry.map((line, i) => (
          <fieldset key={line.id} class="group">
            <legend>{t('focus.lineTitle', { n: i + 1 })}</legend>
            <TextField
              label={t('focus.lineTitle', { n: i + 1 })}
              value={line.title}
              onInput={(title) => setLine(i, { title })}
            />
            <TextArea
              label={t('focus.prompts')}
              value={line.prompts.join('\n')}
              onInput={(text) => setLine(i, { prompts: text.split('\n') })}
              rows={3}
            />
            <button
              type="button"
              class="secondary"
              onClick={() =>
                set({ linesOfEnquiry: draft.linesOfEnquiry.filter((_, j) => j !== i) })
              }
            >
              {t('focus.removeLine', { n: i + 1 })}
            </button>
          </fieldset>
        ))}
        <button
          type="button"
          class="secondary"
          onClick={() =>
            set({
              linesOfEnquiry: [
                ...draft.linesOfEnquiry,
                { id: crypto.randomUUID(), title: '', prompts: [] },
              ],
            })
          }
        >
          {t('focus.addLine')}
        </button>
      </Section>
      <Section title={t('focus.evidence')}>
        {draft.evidencePlan.map((item, i) => (
          <fieldset key={item.id} class="group">
            <legend>{t('focus.evidenceItem', { n: i + 1 })}</legend>
            <Select
              label={t('focus.evidenceActivity')}
              value={item.activity}
              options={EVIDENCE_ACTIVITIES.map((a) => ({ value: a, label: t(`activity.${a}`) }))}
              onChange={(activity) => setEvidence(i, { activity })}
            />
            <TextArea
              label={t('focus.evidenceDetail')}
              value={item.detail}
              onInput={(detail) => setEvidence(i, { detail })}
              rows={2}
            />
            <TextField
              label={t('focus.evidenceWho')}
              value={item.who}
              onInput={(who) => setEvidence(i, { who })}
            />
            <button
              type="button"
              class="secondary"
              onClick={() => set({ evidencePlan: draft.evidencePlan.filter((_, j) => j !== i) })}
            >
              {t('focus.removeEvidence', { n: i + 1 })}
            </button>
          </fieldset>
        ))}
        <button
          type="button"
          class="secondary"
          onClick={() =>
            set({
              evidencePlan: [
                ...draft.evidencePlan,
                { id: crypto.randomUUID(), activity: 'lesson-visit', detail: '', who: '' },
              ],
            })
          }
        >
          {t('focus.addEvidence')}
        </button>
      </Section>
      <Section title={t('schedule.title')}>
        {draft.schedule.length === 0 && <p class="empty">{t('schedule.empty')}</p>}
        {draft.schedule.map((slot, i) => (
          <fieldset key={slot.id} class="group">
            <legend>{t('schedule.slot', { n: i + 1 })}</legend>
            <TextField
              type="time"
              label={t('schedule.time')}
              value={slot.time}
              onInput={(time) => setSlot(i, { time })}
            />
            <TextField
              label={t('schedule.activity')}
              value={slot.activity}
              onInput={(activity) => setSlot(i, { activity })}
            />
            <TextField
              label={t('schedule.place')}
              value={slot.place}
              onInput={(place) => setSlot(i, { place })}
            />
            {teamChips.length > 0 && (
              <Chips
                legend={t('schedule.reviewers')}
                options={teamChips}
                selected={slot.reviewers}
                onChange={(reviewers) => setSlot(i, { reviewers })}
              />
            )}
            <button
              type="button"
              class="secondary"
              onClick={() => set({ schedule: draft.schedule.filter((_, j) => j !== i) })}
            >
              {t('schedule.remove', { n: i + 1 })}
            </button>
          </fieldset>
        ))}
        <button
          type="button"
          class="secondary"
          onClick={() =>
            set({
              schedule: [
                ...draft.schedule,
                { id: crypto.randomUUID(), time: '', activity: '', place: '', reviewers: [] },
              ],
            })
          }
        >
          {t('schedule.add')}
        </button>
      </Section>
      <SaveStatus status={status} />
    </>
  )
}
